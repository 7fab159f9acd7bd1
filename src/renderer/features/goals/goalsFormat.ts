import type { Locale } from '../../../shared/domain';
import { intlLocale } from '../../i18n/locale';

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
const percentFormats = new Map<Locale, Intl.NumberFormat>();

/** A day on the chart and in its table: "12 Mar", "12 mars", "12. mars". */
export function formatDay(at: number, locale: Locale): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(at));
}

/** A share as a whole percentage in the locale's way: "86%", "86 %". */
export function formatPercent(share: number, locale: Locale): string {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(locale, format);
  }
  return format.format(share);
}

/** Promises kept on time as a share of those that came due; null when none came due (not 0 %, not 100 %). */
export function keptShare(onTime: number, due: number): number | null {
  return due > 0 ? onTime / due : null;
}
