import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_FILE } from '../../src/core';
import { httpHubConnection } from '../../src/core/sync/httpHubConnection';
import { Desk, seedTeam, startHub, type TestHub } from './world';

let hub: TestHub;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(async () => {
  await hub.close();
});

/** The session token the desk keeps, read from its file (the password is nowhere in it). */
function storedSecrets(desk: Desk): { token: string | null; values: string[] } {
  const db = new Database(join(desk.dataDir, STORE_FILE), { readonly: true });
  try {
    const rows = db.prepare('SELECT key, value FROM sync_state').all() as { key: string; value: string }[];
    return {
      token: rows.find((r) => r.key === 'hub_token')?.value ?? null,
      values: rows.map((r) => r.value),
    };
  } finally {
    db.close();
  }
}

describe('a session the real hub ends', () => {
  it('asks the agent to sign in again and sends the waiting changes afterwards', async () => {
    const team = await seedTeam(hub.hub, 1);
    const agent = team.agents[0]!;
    const desk = new Desk(hub.url, agent, 1);
    try {
      await desk.open();
      await desk.connect();
      await desk.api.call('sync.now', {});
      const { token, values } = storedSecrets(desk);
      expect(token).not.toBeNull();
      expect(values.join('\n')).not.toContain('correct horse battery');

      await httpHubConnection(hub.url).logout(token!);
      await desk.api.call('notes.add', {
        caseId: team.caseIds[0]!,
        bodyText: 'Skrivet när sessionen tog slut.',
      });
      expect(await desk.api.call('sync.now', {})).toMatchObject({ state: 'login_required', pending: 1 });
      expect(storedSecrets(desk).token).toBeNull();

      // Restarting changes nothing: the desk still asks, and still holds the change.
      await desk.restart();
      expect(await desk.api.call('sync.status', {})).toMatchObject({ state: 'login_required', pending: 1 });

      await desk.connect();
      expect(await desk.api.call('sync.now', {})).toMatchObject({ state: 'synced', pending: 0 });
      const { events } = await desk.api.call('cases.get', { caseId: team.caseIds[0]! });
      expect(events.map((e) => e.bodyText)).toContain('Skrivet när sessionen tog slut.');
    } finally {
      desk.close();
    }
  });
});

describe('a desk that closes while it syncs', () => {
  it('drops the sync queued behind the one under way, without an error', async () => {
    const team = await seedTeam(hub.hub, 1);
    const desk = new Desk(hub.url, team.agents[0]!, 2);
    await desk.open();
    await desk.connect();
    const under = desk.api.call('sync.now', {});
    const queued = desk.api.call('sync.now', {});
    desk.close();
    await expect(under).resolves.toBeDefined();
    await expect(queued).resolves.toBeDefined();
  });
});
