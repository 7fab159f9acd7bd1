import Store from 'electron-store';
import type { PreferencesPort } from '../core/ports';
import { applyPatch, copyOf, preferencesFromStored } from '../core/preferences/applyPatch';

export interface ElectronStorePreferencesOptions {
  /** Folder of the preferences file; Electron's userData when left out. */
  cwd?: string;
  /** File name without extension. */
  name?: string;
}

/**
 * The desktop app's PreferencesPort: theme, locale, keymap and window bounds in an electron-store JSON file.
 * In the data folder as preferences.json it is the same file the browser host reads, so both show one desk alike.
 * Reading validates field by field (a corrupt field gets its default); a bad patch throws invalid_args and
 * writes nothing. Validation is core's, shared with the browser host's file preferences.
 */
export function createElectronStorePreferences(
  options: ElectronStorePreferencesOptions = {},
): PreferencesPort {
  const store = new Store<Record<string, unknown>>({
    name: options.name ?? 'preferences',
    ...(options.cwd ? { cwd: options.cwd } : {}),
    // A file that is not JSON reads as empty (defaults) instead of stopping the app from starting.
    clearInvalidConfig: true,
  });
  return {
    get: () => preferencesFromStored(store.store),
    set(patch) {
      const next = applyPatch(preferencesFromStored(store.store), patch);
      store.store = next;
      return copyOf(next);
    },
  };
}
