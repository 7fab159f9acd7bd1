import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryPreferences, openCore, STORE_FILE, StoreFromFutureError } from '../../src/core';
import type { Core } from '../../src/core';
import { LATEST_SCHEMA_VERSION } from '../../src/core/store/migrations';
import { openStore } from '../../src/core/store/openStore';
import { methods } from '../../src/shared/api';
import { insertAgent, insertCase, insertPerson, insertTeam } from './commands/fixtures';

const folders: string[] = [];
const cores: Core[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'nara-core-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function open(dataDir: string): Promise<Core> {
  const core = await openCore({
    dataDir,
    prefs: memoryPreferences(),
    demo: false,
    clock: { now: () => 1_773_000_000_000 },
  });
  cores.push(core);
  return core;
}

function readMeta(path: string): Record<string, string> {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  } finally {
    db.close();
  }
}

describe('opening the desk', () => {
  it('without demo creates the data folder and a one-agent workspace', async () => {
    const dataDir = join(tempFolder(), 'new', 'Nara');
    const core = await open(dataDir);

    const reply = await core.dispatch({ id: 1, method: 'sync.status', args: {} });
    expect(reply).toEqual({
      id: 1,
      ok: true,
      value: { state: 'local', pending: 0, lastSyncedAt: null, message: null },
    });
    core.close();

    const store = new Database(join(dataDir, STORE_FILE), { readonly: true });
    expect(store.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.prepare('SELECT name FROM teams').all()).toEqual([{ name: 'My team' }]);
    const agents = store.prepare('SELECT id, name FROM agents').all() as { id: string; name: string }[];
    store.close();
    expect(agents.map((a) => a.name)).toEqual(['Me']);

    const meta = readMeta(join(dataDir, STORE_FILE));
    expect(meta.me_agent_id).toBe(agents[0]?.id);
    expect(isUuid(meta.client_id ?? '')).toBe(true);
    expect(uuidVersion(meta.client_id ?? '')).toBe(7);
  });

  it('re-opening keeps the work done, the agent and the client id', async () => {
    const dataDir = tempFolder();
    const path = join(dataDir, STORE_FILE);
    (await open(dataDir)).close();
    const before = readMeta(path);
    const store = openStore({ path });
    const { id: teamId } = store.prepare('SELECT id FROM teams').get() as { id: string };
    const caseId = insertCase(store, { personId: insertPerson(store, 'Åsa Bergström'), teamId });
    store.close();

    const core = await open(dataDir);
    const reply = await core.dispatch({ id: 1, method: 'notes.add', args: { caseId, bodyText: 'Sparad' } });
    expect(reply.ok).toBe(true);
    core.close();
    await open(dataDir);

    expect(readMeta(path)).toEqual(before);
    const reopened = new Database(path, { readonly: true });
    expect(reopened.prepare('SELECT count(*) AS n FROM agents').get()).toEqual({ n: 1 });
    expect(reopened.prepare('SELECT body_text FROM events WHERE case_id = ?').all(caseId)).toEqual([
      { body_text: 'Sparad' },
    ]);
    expect(reopened.prepare('SELECT name FROM outbox').all()).toEqual([{ name: 'notes.add' }]);
    reopened.close();
  });

  it('starts again when the first start was cut off while writing the workspace', async () => {
    const dataDir = tempFolder();
    const path = join(dataDir, STORE_FILE);
    const cutOff = openStore({ path });
    insertAgent(cutOff, insertTeam(cutOff, 'Halfway team'), 'Halfway Agent');
    cutOff.close();

    await open(dataDir);

    const store = new Database(path, { readonly: true });
    expect(store.prepare('SELECT name FROM agents').all()).toEqual([{ name: 'Me' }]);
    store.close();
  });

  it('with a demo size fills an empty store with the demo workspace', async () => {
    const core = await openCore({
      dataDir: ':memory:',
      prefs: memoryPreferences(),
      demo: { cases: 40, seed: 7 },
    });
    cores.push(core);
    const reply = await core.dispatch({ id: 1, method: 'workspace.info', args: {} });
    if (!reply.ok) throw new Error(reply.error.message);
    const info = methods['workspace.info'].result.parse(reply.value);
    expect(info.isDemo).toBe(true);
    expect(info.agents.length).toBeGreaterThan(1);
    const counts = await core.dispatch({ id: 2, method: 'cases.list', args: { view: 'team' } });
    expect(counts.ok).toBe(true);
  });

  it('in memory needs no folder', async () => {
    const core = await open(':memory:');
    const reply = await core.dispatch({ id: 1, method: 'prefs.get', args: {} });
    expect(reply.ok).toBe(true);
    expect(existsSync(':memory:')).toBe(false);
  });

  it('refuses a data folder written by a newer Nära, with a clear message, leaving it untouched', async () => {
    const dataDir = tempFolder();
    const path = join(dataDir, STORE_FILE);
    const newer = new Database(path);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.exec('CREATE TABLE from_the_future (x INTEGER)');
    newer.close();
    const bytes = readFileSync(path);

    await expect(open(dataDir)).rejects.toThrow(StoreFromFutureError);
    await expect(open(dataDir)).rejects.toThrow(/newer version of Nära/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('after close the store file is released and can be opened again', async () => {
    const dataDir = tempFolder();
    const core = await open(dataDir);
    core.close();
    core.close();
    const again = await open(dataDir);
    expect((await again.dispatch({ id: 1, method: 'sync.status', args: {} })).ok).toBe(true);
  });
});
