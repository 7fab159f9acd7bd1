import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/domain';
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
  return instance;
}
