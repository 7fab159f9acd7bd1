import type { Locale } from '../../../../shared/domain';
import { intlLocale } from '../../../i18n/locale';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A quick choice's time with its weekday, so "next Monday" can be checked at a glance: "Mon 16 Mar, 08:00". */
export function formatChoiceTime(at: number, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale(locale), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(at));
}
