import type { BacklogBucket } from '../../shared/api';

export const DAY_MS = 86_400_000;

/**
 * The nearest-rank percentile (p in 0..1): the smallest value with at least p of all values at or
 * below it; always one of the measured values, never an interpolation. Null when nothing was measured.
 */
export function nearestRank(sortedAscending: readonly number[], p: number): number | null {
  if (sortedAscending.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sortedAscending.length));
  return sortedAscending[rank - 1] ?? null;
}

export interface DurationFigures {
  medianMs: number | null;
  p90Ms: number | null;
  count: number;
}

export function durationFigures(durations: readonly number[]): DurationFigures {
  const sorted = [...durations].sort((a, b) => a - b);
  return { medianMs: nearestRank(sorted, 0.5), p90Ms: nearestRank(sorted, 0.9), count: sorted.length };
}

/** Upper bounds (exclusive) of each backlog bucket, by time since the case was created. */
export const backlogBuckets: readonly { bucket: BacklogBucket; below: number }[] = [
  { bucket: 'under_1d', below: DAY_MS },
  { bucket: 'd1_3', below: 3 * DAY_MS },
  { bucket: 'd3_7', below: 7 * DAY_MS },
  { bucket: 'd7_30', below: 30 * DAY_MS },
  { bucket: 'over_30d', below: Number.POSITIVE_INFINITY },
];

/**
 * The starts of the last `days` calendar days up to `now` (oldest first), midnight in this machine's
 * time zone: the desk runs on the agent's own computer, so "today" is theirs. Built with calendar
 * arithmetic, so a day with a daylight-saving change is 23 or 25 hours long, as it is on the wall clock.
 */
export function localDayStarts(now: number, days: number): number[] {
  const starts: number[] = [];
  for (let back = days - 1; back >= 0; back--) {
    const day = new Date(now);
    day.setHours(0, 0, 0, 0);
    day.setDate(day.getDate() - back);
    starts.push(day.getTime());
  }
  return starts;
}

/** Index of the day (by its start) an instant falls in, or -1 before the first. */
export function dayIndex(dayStarts: readonly number[], at: number): number {
  for (let i = dayStarts.length - 1; i >= 0; i--) {
    if (at >= (dayStarts[i] as number)) return i;
  }
  return -1;
}
