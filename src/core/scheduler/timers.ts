/** Timers the scheduler arms: real ones in the app, fake ones in tests (which move time themselves). */
export interface Timers {
  /** Calls `callback` once after `delayMs`; returns a function that cancels it. */
  set(callback: () => void, delayMs: number): () => void;
}

/**
 * Node fires a timeout longer than 2^31-1 ms (about 24.8 days) at once, so longer waits are armed
 * for at most this long and re-armed when they fire.
 */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** Real timers, unref'd: a pending wake-up never keeps the process alive on its own. */
export const systemTimers: Timers = {
  set(callback, delayMs) {
    const timer = setTimeout(callback, Math.min(Math.max(0, delayMs), MAX_TIMER_DELAY_MS));
    timer.unref();
    return () => clearTimeout(timer);
  },
};
