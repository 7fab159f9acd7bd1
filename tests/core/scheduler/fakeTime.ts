import type { Clock } from '../../../src/core/ports';
import type { Timers } from '../../../src/core/scheduler/timers';

interface Pending {
  at: number;
  callback: () => void;
}

/** A clock and timers that move only when the test says so: time passes in an instant, nothing is awaited. */
export function fakeTime(start: number) {
  let now = start;
  const pending = new Set<Pending>();
  const clock: Clock = { now: () => now };
  const timers: Timers = {
    set(callback, delayMs) {
      const timer = { at: now + delayMs, callback };
      pending.add(timer);
      return () => {
        pending.delete(timer);
      };
    },
  };

  /** Moves the clock to `target`, firing every timer due on the way, in order, each at its own time. */
  function advanceTo(target: number): void {
    for (let fired = 0; ; fired++) {
      if (fired > 10_000) throw new Error('The timers keep re-arming themselves for now: a busy loop.');
      const due = [...pending].filter((t) => t.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      pending.delete(due);
      now = Math.max(now, due.at);
      due.callback();
    }
    now = target;
  }

  return {
    clock,
    timers,
    now: () => now,
    /** How long each armed timer still has to wait. */
    waits: () => [...pending].map((t) => t.at - now).sort((a, b) => a - b),
    advanceTo,
    advanceBy: (ms: number) => advanceTo(now + ms),
    /** Fires what is due now (a timer armed with no delay: the scheduler's "look again soon"). */
    runDue: () => advanceTo(now),
  };
}
