/**
 * Local wall-clock time ("tomorrow 08:00") without Intl: quick choices are computed in the agent's own
 * zone, and tests swap in a zone described by its UTC offsets to check the daylight-saving edges.
 */

/** A date and time as a clock on the wall shows it. `month` is 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface WallReading extends WallTime {
  /** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
  weekday: number;
}

export interface WallClock {
  /** What the wall clock shows at an instant. */
  read(at: number): WallReading;
  /**
   * The instant a wall-clock time names. A time skipped by a spring-forward jump moves on by the gap
   * (02:30 → 03:30); a time that happens twice in autumn means the first (summer-time) one — as `Date` does.
   */
  at(time: WallTime): number;
}

/** The zone the process runs in (the agent's computer), through Date's local-time methods. */
export const systemWallClock: WallClock = {
  read(at) {
    const d = new Date(at);
    return {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      weekday: d.getDay(),
    };
  },
  at: (t) => new Date(t.year, t.month - 1, t.day, t.hour, t.minute).getTime(),
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A zone given by its UTC offset (minutes east of UTC) at each instant, e.g. CET/CEST rules. */
export function zoneFromOffsets(offsetAt: (utc: number) => number): WallClock {
  return {
    read(at) {
      const shifted = new Date(at + offsetAt(at) * MINUTE);
      return {
        year: shifted.getUTCFullYear(),
        month: shifted.getUTCMonth() + 1,
        day: shifted.getUTCDate(),
        hour: shifted.getUTCHours(),
        minute: shifted.getUTCMinutes(),
        weekday: shifted.getUTCDay(),
      };
    },
    at(t) {
      const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
      // No zone moves by more than a day; the offsets around the wall time are the only candidates.
      const before = offsetAt(asUtc - 14 * HOUR);
      const after = offsetAt(asUtc + 14 * HOUR);
      const fits = [before, after]
        .map((offset) => asUtc - offset * MINUTE)
        .filter((instant) => asUtc - offsetAt(instant) * MINUTE === instant)
        .sort((a, b) => a - b);
      // In a spring-forward gap no offset fits: read the time with the offset before the jump.
      return fits[0] ?? asUtc - before * MINUTE;
    },
  };
}

/** The calendar day `days` after the given one (month and year roll over; the time is kept). */
export function addDays(time: WallTime, days: number): WallTime {
  const d = new Date(Date.UTC(time.year, time.month - 1, time.day + days));
  return { ...time, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The same day at another clock time. */
export function atClock(time: WallTime, hour: number, minute = 0): WallTime {
  return { ...time, hour, minute };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-03-29", the value of an `<input type="date">`. */
export function dateInputValue(time: WallTime): string {
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
}

/** "08:00", the value of an `<input type="time">`. */
export function timeInputValue(time: WallTime): string {
  return `${pad(time.hour)}:${pad(time.minute)}`;
}

/** Reads the values of a date and a time input back into a wall time; null when either is not valid. */
export function parseDateAndTime(date: string, time: string): WallTime | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return null;
  const wall = {
    year: Number(d[1]),
    month: Number(d[2]),
    day: Number(d[3]),
    hour: Number(t[1]),
    minute: Number(t[2]),
  };
  if (wall.hour > 23 || wall.minute > 59 || wall.month < 1 || wall.month > 12 || wall.day < 1) return null;
  // 31 April is not a day: it would roll over into May.
  const check = addDays(wall, 0);
  return check.month === wall.month && check.day === wall.day ? wall : null;
}
