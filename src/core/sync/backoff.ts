/** How long to wait before asking an unreachable hub again. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/** 1 s, 2 s, 4 s … up to 5 minutes: quick after a blip, gentle on a hub that is down for a while. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 5 * 60_000 };

/**
 * The wait before retry number `attempt` (1 = the first retry): exponential and capped, with "equal
 * jitter" (half fixed, half random) so desks that lost the hub together do not return in one wave.
 * `random` returns a number in [0, 1).
 */
export function backoffDelay(attempt: number, random: () => number, policy = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
