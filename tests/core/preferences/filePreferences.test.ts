import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filePreferences } from '../../../src/core/preferences';
import { ApiError } from '../../../src/shared/api';
import { defaultPreferences, type PreferencesPatch } from '../../../src/shared/domain';

const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'nara-prefs-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('preferences in a JSON file (browser host)', () => {
  it('without a file gives the defaults and creates nothing', () => {
    const folder = tempFolder();
    const path = join(folder, 'preferences.json');
    expect(filePreferences(path).get()).toEqual(defaultPreferences);
    expect(existsSync(path)).toBe(false);
  });

  it('a change is written to the file and read back by the next start', () => {
    const path = join(tempFolder(), 'nested', 'preferences.json');
    filePreferences(path).set({ theme: 'dark', locale: 'sv' });

    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      ...defaultPreferences,
      theme: 'dark',
      locale: 'sv',
    });
    expect(filePreferences(path).get()).toEqual({ ...defaultPreferences, theme: 'dark', locale: 'sv' });
  });

  it('a corrupt file gives the defaults and is left as it is until the next change', () => {
    const folder = tempFolder();
    const path = join(folder, 'preferences.json');
    writeFileSync(path, '{"theme": "dark",');
    const prefs = filePreferences(path);

    expect(prefs.get()).toEqual(defaultPreferences);
    expect(readFileSync(path, 'utf8')).toBe('{"theme": "dark",');

    prefs.set({ locale: 'nb' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ ...defaultPreferences, locale: 'nb' });
  });

  it('a change keeps what another process wrote to the same file meanwhile', () => {
    const path = join(tempFolder(), 'preferences.json');
    const browserHost = filePreferences(path);
    const desktop = filePreferences(path);
    expect(browserHost.get()).toEqual(defaultPreferences);

    desktop.set({ theme: 'dark', keymap: { 'case.note': 'Mod+n' } });
    browserHost.set({ locale: 'nb' });

    const expected = { ...defaultPreferences, theme: 'dark', keymap: { 'case.note': 'Mod+n' }, locale: 'nb' };
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(expected);
    expect(desktop.get()).toEqual(expected);
  });

  it('reads what another process changed, without a restart', () => {
    const path = join(tempFolder(), 'preferences.json');
    const prefs = filePreferences(path);
    prefs.set({ theme: 'light' });
    writeFileSync(path, JSON.stringify({ ...defaultPreferences, theme: 'dark' }));
    expect(prefs.get().theme).toBe('dark');
  });

  it('hands out copies: changing one never changes what is stored', () => {
    const path = join(tempFolder(), 'preferences.json');
    const prefs = filePreferences(path);
    const mine = prefs.set({ keymap: { 'case.note': 'Mod+n' } });
    mine.keymap['case.note'] = 'x';
    prefs.get().keymap['list.next'] = 'y';
    expect(prefs.get().keymap).toEqual({ 'case.note': 'Mod+n' });
  });

  it('one unreadable setting falls back alone; the others are kept', () => {
    const path = join(tempFolder(), 'preferences.json');
    writeFileSync(
      path,
      JSON.stringify({ theme: 'dark', locale: 'klingon', keymap: { 'case.note': 'Mod+n' } }),
    );
    expect(filePreferences(path).get()).toEqual({
      ...defaultPreferences,
      theme: 'dark',
      keymap: { 'case.note': 'Mod+n' },
    });
  });

  it('an invalid change is refused as invalid_args and the file is not touched', () => {
    const path = join(tempFolder(), 'preferences.json');
    const prefs = filePreferences(path);
    prefs.set({ theme: 'light' });
    const before = readFileSync(path, 'utf8');

    let refusal: unknown = null;
    try {
      prefs.set({
        windowBounds: { x: 0, y: 0, width: 10, height: 10, maximized: false },
      } as PreferencesPatch);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).code).toBe('invalid_args');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('writes through a temporary file and leaves none behind', () => {
    const folder = tempFolder();
    const path = join(folder, 'preferences.json');
    const prefs = filePreferences(path);
    prefs.set({ theme: 'dark' });
    prefs.set({ theme: 'light' });
    expect(readdirSync(folder)).toEqual(['preferences.json']);
  });
});
