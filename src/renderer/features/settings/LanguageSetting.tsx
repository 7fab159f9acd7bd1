import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../../../shared/domain';
import { resolveLocale } from '../../i18n/locale';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { ChoiceGroup } from './ChoiceGroup';
import { languageNames } from './languageNames';

type LanguageChoice = Locale | 'system';

/** Svenska, Norsk bokmål, English or the computer's language; the whole UI switches at once. */
export function LanguageSetting({ onSave }: { onSave(locale: Locale | null): void }) {
  const { t } = useTranslation();
  const { prefs } = useWorkspace();
  const systemLanguage = languageNames[resolveLocale(null, navigator.languages)];
  const choices = [
    { value: 'system' as const, label: t('settings.language.system', { language: systemLanguage }) },
    ...locales.map((locale) => ({ value: locale, label: languageNames[locale], lang: locale })),
  ];
  return (
    <ChoiceGroup<LanguageChoice>
      legend={t('settings.language.heading')}
      hint={t('settings.language.hint')}
      choices={choices}
      value={prefs.locale ?? 'system'}
      onChange={(value) => onSave(value === 'system' ? null : value)}
    />
  );
}
