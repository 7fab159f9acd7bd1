import { describe, expect, it } from 'vitest';
import { en } from '../../src/renderer/i18n/locales/en';
import { nb } from '../../src/renderer/i18n/locales/nb';
import { sv } from '../../src/renderer/i18n/locales/sv';
import { resolveLocale } from '../../src/renderer/i18n/locale';
import { setupI18n } from '../../src/renderer/i18n/setup';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+(?:, ?\w+)?)\}\}/g)].map((m) => m[1]!).sort();
}

function valueAt(tree: object, path: string): string {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
}

describe('translations', () => {
  const languages = { sv, nb };

  for (const [name, strings] of Object.entries(languages)) {
    it(`${name} has exactly the English keys`, () => {
      expect(keysOf(strings).sort()).toEqual(keysOf(en).sort());
    });

    it(`${name} uses the same placeholders as English`, () => {
      for (const key of keysOf(en)) {
        expect(placeholders(valueAt(strings, key)), key).toEqual(placeholders(valueAt(en, key)));
      }
    });

    it(`${name} has no empty strings`, () => {
      for (const key of keysOf(strings)) expect(valueAt(strings, key).trim(), key).not.toBe('');
    });
  }

  it('every plural has both a _one and an _other form', () => {
    const keys = keysOf(en);
    for (const key of keys.filter((k) => k.endsWith('_one')))
      expect(keys).toContain(key.replace(/_one$/, '_other'));
    for (const key of keys.filter((k) => k.endsWith('_other')))
      expect(keys).toContain(key.replace(/_other$/, '_one'));
  });

  it('picks the singular or plural form by count in every language', async () => {
    const english = await setupI18n('en');
    expect(english.t('sync.offline', { count: 1 })).toBe('Offline — 1 change waiting');
    expect(english.t('sync.offline', { count: 3 })).toBe('Offline — 3 changes waiting');
    const swedish = await setupI18n('sv');
    expect(swedish.t('inbox.repeat', { count: 4 })).toBe('4 kontakter på 7 dagar');
    expect(swedish.t('inbox.total', { count: 1 })).toBe('1 ärende');
    const norwegian = await setupI18n('nb');
    expect(norwegian.t('inbox.total', { count: 2 })).toBe('2 saker');
    // Large counts are grouped the way each language writes them.
    expect(english.t('inbox.total', { count: 34392 })).toBe('34,392 cases');
    expect(swedish.t('inbox.total', { count: 34392 })).toBe('34\u00a0392 ärenden');
  });

  it('does not escape names that contain "&"', async () => {
    const english = await setupI18n('en');
    expect(english.t('inbox.assignedTo', { name: 'Ek & Son' })).toBe('Assigned to Ek & Son');
  });
});

describe('UI language', () => {
  it('uses the preference when there is one', () => {
    expect(resolveLocale('nb', ['sv-SE'])).toBe('nb');
  });

  it('otherwise follows the first system language Nära speaks', () => {
    expect(resolveLocale(null, ['sv-SE', 'en-US'])).toBe('sv');
    expect(resolveLocale(null, ['de-DE', 'en-GB'])).toBe('en');
    expect(resolveLocale(null, ['no'])).toBe('nb');
    expect(resolveLocale(null, ['nn-NO'])).toBe('nb');
  });

  it('falls back to English', () => {
    expect(resolveLocale(null, ['fi-FI'])).toBe('en');
    expect(resolveLocale(null, [])).toBe('en');
  });
});
