import { DAY, HOUR, MINUTE } from './caseClock';
import type { Rng } from './prng';
import type { PromiseKind } from './scenarios';

/**
 * When a promise was due, chosen so its kind holds: kept on time (resolved before due), kept late
 * (due between making and keeping), due later today, or overdue (due between making and now).
 */
export function promiseDueAt(
  rng: Rng,
  kind: PromiseKind,
  madeAt: number,
  resolvedAt: number | undefined,
  now: number,
): number {
  switch (kind) {
    case 'kept':
      return (resolvedAt ?? madeAt) + rng.int(1, 72) * HOUR;
    case 'late':
      if (resolvedAt === undefined) throw new Error('a late promise needs its keeping time');
      return madeAt + 1 + Math.floor((resolvedAt - madeAt - 2) * (0.2 + 0.6 * rng.float()));
    case 'cancelled':
      return madeAt + rng.int(1, 120) * HOUR;
    case 'due_today':
      return now + rng.int(30, 300) * MINUTE;
    case 'open_future':
      return now + rng.int(1, 10) * DAY;
    case 'overdue':
      return madeAt + 1 + Math.floor((now - madeAt - 2) * (0.3 + 0.6 * rng.float()));
  }
}
