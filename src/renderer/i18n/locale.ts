import type { Locale } from '../../shared/domain';

/**
 * The UI language: the agent's choice, or else the first system language Nära speaks.
 * Norwegian tags (no, nb, nn) all map to Bokmål; anything unknown falls back to English.
 */
export function resolveLocale(preferred: Locale | null, systemLanguages: readonly string[]): Locale {
  if (preferred) return preferred;
  for (const tag of systemLanguages) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (language === 'sv') return 'sv';
    if (language === 'nb' || language === 'no' || language === 'nn') return 'nb';
    if (language === 'en') return 'en';
  }
  return 'en';
}

/** The Intl locale used to format dates and numbers; English uses British day-month order and 24 h. */
export function intlLocale(locale: Locale): string {
  return { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' }[locale];
}
