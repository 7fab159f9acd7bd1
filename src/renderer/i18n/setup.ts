import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Locale } from '../../shared/domain';
import { formatNumber } from './format';
import { en } from './locales/en';
import { nb } from './locales/nb';
import { sv } from './locales/sv';

export const resources = {
  en: { translation: en },
  sv: { translation: sv },
  nb: { translation: nb },
} as const;

/** One i18next instance for the app, in the resolved UI language. */
export async function setupI18n(locale: Locale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    // React escapes text itself; escaping here too would show "&amp;" in names like "Ek & Son".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // "{{count, number}}": i18next's own formatter caches by every option, the count included, so each new
  // count built a new Intl.NumberFormat (milliseconds each; the inbox shows a dozen counts at start).
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) => {
    const language = Locale.safeParse(lng);
    return typeof value === 'number' && language.success ? formatNumber(value, language.data) : String(value);
  });
  return instance;
}
