import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../src/core/ports';
import { openStore } from '../../../src/core/store/openStore';
import { startWalCheckpointer } from '../../../src/core/store/walCheckpointer';
import { insertPerson } from '../commands/fixtures';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const warnings: string[] = [];
const logger: Logger = {
  info: () => undefined,
  warn: (message) => warnings.push(message),
  error: (message) => warnings.push(message),
};

describe('checkpoints on a worker thread', () => {
  it('copies committed pages into the database file while the serving thread only appends to the log', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'nara-checkpoint-'));
    folders.push(folder);
    const path = join(folder, 'nara.sqlite');
    const db = openStore({ path });
    const checkpointer = startWalCheckpointer(db, path, undefined, logger);
    try {
      // The serving thread's own checkpoint is only a far-off fallback now.
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
      const before = statSync(path).size;
      db.transaction(() => {
        for (let i = 0; i < 3000; i++) insertPerson(db, `Person ${i} ${'x'.repeat(400)}`);
      })();
      // Well under 10,000 pages: only the worker can have moved them into the file.
      await vi.waitFor(() => expect(statSync(path).size).toBeGreaterThan(before + 1_000_000), {
        timeout: 20_000,
        interval: 50,
      });
    } finally {
      await checkpointer.close();
    }
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(warnings).toEqual([]);
    db.close();
  });
});
