import type { Locale } from '../../shared/domain';

// Shared with the Electron main process, which names desktop notifications in the same language.
export { resolveLocale } from '../../shared/domain/resolveLocale';

/** The Intl locale used to format dates and numbers; English uses British day-month order and 24 h. */
export function intlLocale(locale: Locale): string {
  return { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' }[locale];
}
