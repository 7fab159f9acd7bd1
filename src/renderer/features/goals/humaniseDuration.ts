import type { Locale } from '../../../shared/domain';
import { goalsStrings } from '../../i18n/features/goals';
import { intlLocale } from '../../i18n/locale';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** From this many days on, hours are noise next to the days. */
const DAYS_WITHOUT_HOURS = 10;

type Unit = keyof (typeof goalsStrings)['en']['duration'];

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function formatCount(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale));
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

function part(unit: Unit, value: number, locale: Locale): string {
  return goalsStrings[locale].duration[unit].replace('{{count}}', formatCount(value, locale));
}

/**
 * A measured time as an agent says it, in at most two units: "40 s", "15 min", "2 h 15 min",
 * "3 d 4 h", "12 d". Rounded to the smaller unit shown, so 1 h 59 min 40 s reads "2 h", never "1 h 60 min".
 * The unit words are the locale's own abbreviations (sv "2 tim", nb "2 t"), fixed in the strings file
 * rather than taken from Intl, whose unit names differ between the ICU of Node and of Chromium.
 */
export function humaniseDuration(ms: number, locale: Locale): string {
  const value = Math.max(0, ms);
  const seconds = Math.round(value / SECOND);
  if (seconds < 60) return part('second', seconds, locale);
  const minutes = Math.round(value / MINUTE);
  if (minutes < 60) return part('minute', minutes, locale);
  if (minutes < 24 * 60) {
    const parts = [part('hour', Math.floor(minutes / 60), locale)];
    if (minutes % 60 > 0) parts.push(part('minute', minutes % 60, locale));
    return parts.join(' ');
  }
  const hours = Math.round(value / HOUR);
  const days = Math.floor(hours / 24);
  if (days >= DAYS_WITHOUT_HOURS) return part('day', Math.round(value / DAY), locale);
  const parts = [part('day', days, locale)];
  if (hours % 24 > 0) parts.push(part('hour', hours % 24, locale));
  return parts.join(' ');
}
