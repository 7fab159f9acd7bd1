import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElectronStorePreferences } from '../../src/main/electronStorePreferences';
import { ApiError } from '../../src/shared/api';
import { defaultPreferences } from '../../src/shared/domain';
import type { PreferencesPatch } from '../../src/shared/domain';

// electron-store asks Electron's main process for userData and the app version; the tests always pass cwd.
vi.mock('electron', () => {
  const electron = {
    app: { getPath: () => join(tmpdir(), 'nara-unused-userdata'), getVersion: () => '0.0.0-test' },
    ipcMain: { on: vi.fn() },
    shell: {},
  };
  return { default: electron, ...electron };
});

describe('desktop preferences in electron-store', () => {
  let cwd: string;
  const file = () => join(cwd, 'preferences.json');

  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'nara-prefs-'));
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it('start at the defaults', () => {
    expect(createElectronStorePreferences({ cwd }).get()).toEqual(defaultPreferences);
  });

  it('keep theme, language, keymap and window bounds across restarts', () => {
    const windowBounds = { x: 10, y: 20, width: 1200, height: 800, maximized: true };
    const saved = createElectronStorePreferences({ cwd }).set({
      theme: 'dark',
      locale: 'sv',
      keymap: { 'case.note': 'N' },
      windowBounds,
    });
    expect(saved).toEqual({ theme: 'dark', locale: 'sv', keymap: { 'case.note': 'N' }, windowBounds });
    expect(createElectronStorePreferences({ cwd }).get()).toEqual(saved);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({ theme: 'dark', locale: 'sv' });
  });

  it('change only what the patch names', () => {
    const prefs = createElectronStorePreferences({ cwd });
    prefs.set({ theme: 'light', locale: 'nb' });
    expect(prefs.set({ theme: 'dark' })).toMatchObject({ theme: 'dark', locale: 'nb' });
  });

  it.each<[string, unknown]>([
    ['an unknown theme', { theme: 'purple' }],
    [
      'a window smaller than the minimum',
      { windowBounds: { x: 0, y: 0, width: 10, height: 10, maximized: false } },
    ],
    ['a key bound to an empty chord', { keymap: { 'case.note': '' } }],
    ['not an object at all', 'dark'],
  ])('refuse %s and write nothing', (_name, patch) => {
    const prefs = createElectronStorePreferences({ cwd });
    prefs.set({ theme: 'light' });
    const before = readFileSync(file(), 'utf8');
    let thrown: unknown;
    try {
      prefs.set(patch as PreferencesPatch);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).code).toBe('invalid_args');
    expect(readFileSync(file(), 'utf8')).toBe(before);
    expect(prefs.get().theme).toBe('light');
  });

  it('create no file when the very first patch is refused', () => {
    expect(() =>
      createElectronStorePreferences({ cwd }).set({ locale: 'xx' } as unknown as PreferencesPatch),
    ).toThrow(ApiError);
    expect(existsSync(file())).toBe(false);
  });

  it('fall back to the defaults when the file is not JSON', () => {
    writeFileSync(file(), '{ this is not json');
    expect(createElectronStorePreferences({ cwd }).get()).toEqual(defaultPreferences);
  });

  it('lose only the corrupt field when one value is wrong', () => {
    writeFileSync(file(), JSON.stringify({ theme: 'neon', locale: 'sv', keymap: { 'go.inbox': 'g i' } }));
    expect(createElectronStorePreferences({ cwd }).get()).toEqual({
      theme: 'system',
      locale: 'sv',
      keymap: { 'go.inbox': 'g i' },
      windowBounds: null,
    });
  });
});
