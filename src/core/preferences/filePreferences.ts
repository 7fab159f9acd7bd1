import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Preferences } from '../../shared/domain';
import type { PreferencesPort } from '../ports';
import { applyPatch, copyOf, preferencesFromStored } from './applyPatch';

/**
 * Preferences in a JSON file (the browser host's settings). The file is read once; a missing or
 * unreadable file gives the defaults and is left as it is until the agent next changes a setting, so a
 * hand-edit with a typo is not wiped on start-up.
 */
export function filePreferences(path: string): PreferencesPort {
  let current: Preferences | null = null;
  const load = (): Preferences => {
    current ??= preferencesFromStored(readStored(path));
    return current;
  };
  return {
    get: () => copyOf(load()),
    set(patch) {
      const next = applyPatch(load(), patch);
      writeAtomically(path, `${JSON.stringify(next, null, 2)}\n`);
      current = next;
      return copyOf(next);
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
