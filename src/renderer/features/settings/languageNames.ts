import type { Locale } from '../../../shared/domain';

/** Each language named in its own words, so an agent finds theirs whatever the UI speaks now. */
export const languageNames: Record<Locale, string> = {
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  en: 'English',
};
