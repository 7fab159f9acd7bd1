import type { Locale } from './enums';

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
