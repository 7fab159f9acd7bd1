import type { Preferences, PreferencesPatch } from '../../shared/domain';
import { defaultPreferences } from '../../shared/domain';
import type { PreferencesPort } from '../ports';
import { applyPatch, copyOf } from './applyPatch';

/** Preferences held in memory: for tests, and for hosts that do not keep settings between runs. */
export function memoryPreferences(initial: PreferencesPatch = {}): PreferencesPort {
  let current: Preferences = applyPatch(defaultPreferences, initial);
  return {
    get: () => copyOf(current),
    set(patch) {
      current = applyPatch(current, patch);
      return copyOf(current);
    },
  };
}
