import type { Locale } from '../../shared/domain';
import { intlLocale } from './locale';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Intl formatters are costly to build and the inbox formats hundreds of dates per scroll.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

function relative(locale: Locale) {
  return cached(
    `rel:${locale}`,
    () => new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto', style: 'short' }),
  );
}

function dateTime(locale: Locale, options: Intl.DateTimeFormatOptions) {
  return cached(
    `dt:${locale}:${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), options),
  );
}

/** How long ago `at` was, in the locale's words: "now", "5 min. ago", "för 3 tim. sedan". */
export function formatAge(at: number, now: number, locale: Locale): string {
  const diff = at - now;
  const abs = Math.abs(diff);
  const rtf = relative(locale);
  if (abs < MINUTE) return rtf.format(0, 'second');
  if (abs < HOUR) return rtf.format(Math.trunc(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.trunc(diff / HOUR), 'hour');
  if (abs < 30 * DAY) return rtf.format(Math.trunc(diff / DAY), 'day');
  if (abs < 365 * DAY) return rtf.format(Math.trunc(diff / (30 * DAY)), 'month');
  return rtf.format(Math.trunc(diff / (365 * DAY)), 'year');
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** A compact point in time for badges: "14:00" today, "12 Mar" this year, "12 Mar 2025" otherwise. */
export function formatWhen(at: number, now: number, locale: Locale): string {
  const date = new Date(at);
  const today = new Date(now);
  if (sameDay(date, today)) return dateTime(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  const sameYear = date.getFullYear() === today.getFullYear();
  return dateTime(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** A full point in time for timelines and labels: "12 March 14:02" (the year only when it differs). */
export function formatDateTime(at: number, now: number, locale: Locale): string {
  const date = new Date(at);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return dateTime(locale, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A clock time: "12:04". */
export function formatTime(at: number, locale: Locale): string {
  return dateTime(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(at));
}

/** A count with the locale's digit grouping: "34,392" / "34 392". */
export function formatNumber(value: number, locale: Locale): string {
  return cached(`num:${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(value);
}

/** A call's length: "4 min 12 s" in the locale's unit words. */
export function formatDuration(totalSeconds: number, locale: Locale): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const unit = (u: 'minute' | 'second') =>
    cached(
      `num:${locale}:${u}`,
      () => new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: u, unitDisplay: 'short' }),
    );
  const parts = [];
  if (minutes > 0) parts.push(unit('minute').format(minutes));
  if (seconds > 0 || minutes === 0) parts.push(unit('second').format(seconds));
  return parts.join(' ');
}
