import type { Channel } from '../../shared/domain';
import { DAY, HOUR, MINUTE } from './caseClock';
import type { Rng } from './prng';

/** Typical pause between two events of a case, by the channel it came in on. */
const gapByChannel: Record<Channel, number> = {
  chat: 4 * MINUTE,
  phone: 3 * HOUR,
  email: 18 * HOUR,
  webform: 20 * HOUR,
  visit: DAY,
  letter: 3 * DAY,
};
/** Events are at least a second apart, so their order is never a tie. */
const MIN_GAP = 1000;
/** The newest event is this much before `now`. */
const SETTLE = MINUTE;

/**
 * Strictly increasing times for `count` events, starting at `createdAt` and ending before `now`.
 * Gaps are exponential with now and then a pause of days; a case that `lastsUntilNow` is stretched to today.
 */
export function caseTimes(
  rng: Rng,
  count: number,
  createdAt: number,
  now: number,
  channel: Channel,
  lastsUntilNow: boolean,
): number[] {
  const gaps: number[] = [0];
  let total = 0;
  for (let k = 1; k < count; k++) {
    const gap = rng.exponential(gapByChannel[channel]) + (rng.chance(0.12) ? rng.exponential(3 * DAY) : 0);
    gaps.push(gap);
    total += gap;
  }
  const budget = now - SETTLE - createdAt - count * MIN_GAP;
  if (budget < 0) throw new RangeError(`no room for ${count} events after ${createdAt}`);
  const scale = total === 0 ? 0 : lastsUntilNow || total > budget ? (budget * 0.98) / total : 1;
  const times: number[] = [createdAt];
  let at = createdAt;
  for (let k = 1; k < count; k++) {
    at += MIN_GAP + Math.round((gaps[k] as number) * scale);
    times.push(at);
  }
  return times;
}
