import type { Rng } from './prng';

/** Cases drawn from the long tail: sagas that go on for months. */
const TAIL_SHARE = 0.03;
/** Pareto shape of the tail: smaller is heavier. */
const TAIL_SHAPE = 1.6;
/** Every case has at least the person's first contact and one more event. */
export const MIN_EVENTS = 2;
export const MIN_MEAN_EVENTS = 3;
export const MAX_MEAN_EVENTS = 50;

const tailSample = (scale: number, cap: number, u: number): number =>
  Math.min(cap, Math.floor(scale * Math.pow(1 - u, -1 / TAIL_SHAPE)));

/**
 * Events per case: mostly a geometric body (short exchanges) plus a heavy tail capped at `cap`, scaled so
 * the mean is `mean`. The tail's mean is integrated numerically once, so the body can make up the rest exactly.
 */
export function eventCountSampler(mean: number, cap: number): (rng: Rng) => number {
  if (!(mean >= MIN_MEAN_EVENTS && mean <= MAX_MEAN_EVENTS)) {
    throw new RangeError(
      `events per case must be between ${MIN_MEAN_EVENTS} and ${MAX_MEAN_EVENTS}, got ${mean}`,
    );
  }
  const scale = Math.max(8, 2 * mean);
  const steps = 20_000;
  let tailSum = 0;
  for (let i = 0; i < steps; i++) tailSum += tailSample(scale, cap, (i + 0.5) / steps);
  const tailMean = tailSum / steps;
  const bodyMean = (mean - TAIL_SHARE * tailMean) / (1 - TAIL_SHARE);
  // Geometric number of extra events beyond the minimum, with mean bodyMean - MIN_EVENTS.
  const extraMean = Math.max(0.05, bodyMean - MIN_EVENTS);
  const logKeep = Math.log(1 - 1 / (extraMean + 1));
  return (rng) => {
    if (rng.chance(TAIL_SHARE)) return Math.max(MIN_EVENTS, tailSample(scale, cap, rng.float()));
    return MIN_EVENTS + Math.floor(Math.log(1 - rng.float()) / logKeep);
  };
}

/** The showcase saga (320–420 events) and the 50-event case, on average. */
const SHOWCASE_EVENTS = 370 + 50;
const SHOWCASE_CASES = 2;

/**
 * The sampler for the ordinary cases of a workspace: their mean makes up for the showcase cases, and the
 * tail's cap grows with the workspace, so a 100-case demo is not one random 600-event saga away from its average.
 */
export function workspaceEventCounts(cases: number, eventsPerCase: number): (rng: Rng) => number {
  const mean = Math.max(
    MIN_MEAN_EVENTS,
    (eventsPerCase * cases - SHOWCASE_EVENTS) / (cases - SHOWCASE_CASES),
  );
  const cap = Math.min(600, Math.max(40, Math.round(cases / 4)));
  return eventCountSampler(mean, cap);
}
