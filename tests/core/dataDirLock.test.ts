import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryPreferences, openCore } from '../../src/core';
import { DataDirInUseError, LOCK_FILE } from '../../src/core/store/dataDirLock';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const open = (dataDir: string) =>
  openCore({ dataDir, prefs: memoryPreferences(), demo: false, logger: quiet });

describe('one process per data folder', () => {
  it('refuses a second open of a folder a live process holds, and opens it again once closed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nara-lock-'));
    const first = await open(dataDir);
    await expect(open(dataDir)).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(open(dataDir)).rejects.toThrow(/already open in another Nära/);
    first.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const again = await open(dataDir);
    again.close();
  });

  it('takes over a lock left by a process that died (a crash or SIGKILL)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nara-lock-'));
    // A pid that has certainly exited: a child that already ran to its end.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(dataDir, LOCK_FILE), String(dead));
    const core = await open(dataDir);
    core.close();
  });
});
