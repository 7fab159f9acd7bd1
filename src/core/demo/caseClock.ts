import type { Rng } from './prng';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Cases reach back about 18 months. */
const HISTORY = 540 * DAY;
export const RECENT_WINDOW = 7 * DAY;
/** The newest case is this old, so even a long first exchange fits before `now`. */
const NEWEST_AGE = 20 * MINUTE;
/** Older cases thin out towards the past (volume grew), like a desk that has been adopted step by step. */
const HISTORY_SKEW = 1.3;

/**
 * When each case was opened. Cases are made in time order (so refs count up), the last `recentCount` of them
 * inside the last seven days: a demo of any size then has a living week of open work, repeat contacts and
 * promises due.
 */
export class CaseClock {
  readonly recentCount: number;
  readonly olderCount: number;

  constructor(
    readonly total: number,
    readonly now: number,
  ) {
    this.recentCount = Math.min(total, Math.max(20, Math.round(total * 0.03)));
    this.olderCount = total - this.recentCount;
  }

  /** Monotonic in `index`: the jitter stays inside the case's own time slot. */
  createdAt(index: number, rng: Rng): number {
    const jitter = rng.float();
    let age: number;
    if (index < this.olderCount) {
      const x = (index + jitter) / this.olderCount;
      age = RECENT_WINDOW + (HISTORY - RECENT_WINDOW) * Math.pow(1 - x, HISTORY_SKEW);
    } else {
      const x = (index - this.olderCount + jitter) / this.recentCount;
      age = NEWEST_AGE + (RECENT_WINDOW - NEWEST_AGE - HOUR) * (1 - x);
    }
    return this.now - Math.round(age);
  }
}
