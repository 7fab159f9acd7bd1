import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Preferences } from '../../shared/domain';
import type { PreferencesPort } from '../ports';
import { applyPatch, preferencesFromStored } from './applyPatch';

/**
 * Preferences in a JSON file (the browser host's settings). Read afresh on every get and set, never
 * cached: another process (the desktop app, a second host) may change the same file, and a change is
 * a read-modify-write of what is there now, so it keeps theirs. A missing or unreadable file gives the
 * defaults and is left as it is until the agent next changes a setting, so a hand-edit with a typo is
 * not wiped on start-up. The file is a few hundred bytes and is read only when a setting is asked for.
 */
export function filePreferences(path: string): PreferencesPort {
  const load = (): Preferences => preferencesFromStored(readStored(path));
  return {
    get: () => load(),
    set(patch) {
      const next = applyPatch(load(), patch);
      writeAtomically(path, `${JSON.stringify(next, null, 2)}\n`);
      return next;
    },
  };
}

function readStored(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Write beside, then rename over: a crash mid-write leaves the old file or the new one, never half of one. */
function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
