import { describe, expect, it } from 'vitest';
import { memoryPreferences } from '../../../src/core/preferences';
import { ApiError } from '../../../src/shared/api';
import { defaultPreferences, type PreferencesPatch } from '../../../src/shared/domain';

describe('preferences held in memory', () => {
  it('start from the defaults, with any initial choices applied', () => {
    expect(memoryPreferences().get()).toEqual(defaultPreferences);
    expect(memoryPreferences({ locale: 'nb' }).get()).toEqual({ ...defaultPreferences, locale: 'nb' });
  });

  it('a change keeps the other settings', () => {
    const prefs = memoryPreferences({ theme: 'dark' });
    expect(prefs.set({ keymap: { 'case.note': 'Mod+n' } })).toEqual({
      ...defaultPreferences,
      theme: 'dark',
      keymap: { 'case.note': 'Mod+n' },
    });
    expect(prefs.get().theme).toBe('dark');
  });

  it('an invalid change is refused as invalid_args and changes nothing', () => {
    const prefs = memoryPreferences({ theme: 'dark' });
    let refusal: unknown = null;
    try {
      prefs.set({ theme: 'sepia' } as unknown as PreferencesPatch);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).code).toBe('invalid_args');
    expect(prefs.get().theme).toBe('dark');
  });

  it('changing a returned object does not change the stored preferences', () => {
    const prefs = memoryPreferences();
    const got = prefs.get();
    got.keymap['list.next'] = 'x';
    expect(prefs.get().keymap).toEqual({});
  });
});
