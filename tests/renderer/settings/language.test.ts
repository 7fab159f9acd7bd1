import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/shared/domain';
import { languageNames } from '../../../src/renderer/features/settings/languageNames';
import { setupI18n } from '../../../src/renderer/i18n/setup';

describe('choosing the language in Settings', () => {
  it('names each language in its own words', () => {
    expect(languageNames).toEqual({ sv: 'Svenska', nb: 'Norsk bokmål', en: 'English' });
    expect(Object.keys(languageNames).sort()).toEqual([...locales].sort());
  });

  it('switches the running UI without a reload', async () => {
    const i18n = await setupI18n('en');
    expect(i18n.t('settings.title')).toBe('Settings');
    await i18n.changeLanguage('sv');
    expect(i18n.t('settings.title')).toBe('Inställningar');
    expect(i18n.t('inbox.label')).toBe('Inkorg');
    await i18n.changeLanguage('nb');
    expect(i18n.t('settings.keymap.heading')).toBe('Hurtigtaster');
    expect(i18n.t('views.team')).toBe('Teamet');
  });

  it('names the keys of the typing rule in the sentence of each language', async () => {
    for (const locale of locales) {
      const i18n = await setupI18n(locale);
      const text = i18n.t('shortcuts.whileTyping', { back: 'Esc', send: 'Ctrl+Enter' });
      expect(text, locale).toContain('Esc');
      expect(text, locale).toContain('Ctrl+Enter');
    }
  });
});
