import { wakeCase } from '../commands/cases/wakeCase';
import { localSyncStatus } from '../dispatch/syncStatus';
import type { Push } from '../dispatch/handlerTypes';
import type { Clock, Logger } from '../ports';
import { getMeta, setMeta } from '../store/meta';
import type { Db } from '../store/openStore';
import { promiseFromRow } from '../store/rows';
import { dueSnoozes, duePromises, nextDueAt } from './dueWork';
import { MAX_TIMER_DELAY_MS, type Timers } from './timers';

export interface SchedulerOptions {
  db: Db;
  /** Who gets the promise reminders: read at every run, since connecting a hub account changes it. */
  meId: () => string;
  clock: Clock;
  timers: Timers;
  /** Straight to the listeners: the scheduler's own pushes must not re-arm it. */
  push: Push;
  logger: Logger;
}

export interface Scheduler {
  /** Wakes what is already due, then runs at every due moment until stopped. */
  start(): void;
  /** Something changed (a command, a sync pull): look again soon, and re-arm for the next due moment. */
  reschedule(): void;
  stop(): void;
}

/** Snoozes woken per run; the rest follow in the next run, so one run never holds the process for long. */
export const WAKE_BATCH = 100;
/** After a failed run, try again this much later instead of spinning. */
export const RETRY_MS = 60_000;

/**
 * Nära's own timed work: a snoozed case whose time has come is opened again (the named command
 * `cases.wake`, queued for the hub like any change), and each of my open promises is announced once
 * (`promise.due`) when its due time arrives — at start, also those that came due while the desk was
 * closed. One timer, always armed for the earliest due moment (clamped to what Node can wait).
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { db, clock, timers, push, logger } = options;
  let cancel: (() => void) | null = null;
  let stopped = false;
  /** Announced in this process; a promise is announced once however often the scheduler looks. */
  const announced = new Set<string>();
  let since = 0;

  function report(error: unknown): void {
    logger.error('The scheduler could not run; trying again in a minute', {
      error: error instanceof Error ? error.message : String(error),
    });
  }

  function arm(delayMs: number): void {
    cancel?.();
    cancel = stopped ? null : timers.set(run, Math.min(Math.max(0, delayMs), MAX_TIMER_DELAY_MS));
  }

  function wakeDue(now: number): boolean {
    const due = dueSnoozes(db, now, WAKE_BATCH);
    if (due.length === 0) return false;
    const ctx = { db, meId: options.meId(), now };
    const woken = db.transaction(() => due.map((d) => wakeCase(ctx, d.id, d.snoozed_until)))();
    for (const woke of woken) if (woke !== null) push('case.changed', { caseId: woke.id });
    push('cases.invalidated', {});
    push('sync.status', localSyncStatus(db));
    return due.length === WAKE_BATCH;
  }

  function announceDue(now: number): void {
    const due = duePromises(db, options.meId(), since, now).filter((p) => !announced.has(p.id));
    for (const row of due) {
      announced.add(row.id);
      push('promise.due', { promise: promiseFromRow(row) });
    }
    if (due.length > 0) setMeta(db, 'promise_reminders_until', String(now));
  }

  function run(): void {
    cancel = null;
    if (stopped || !db.open) return;
    try {
      const now = clock.now();
      const more = wakeDue(now);
      announceDue(now);
      const next = nextDueAt(db, options.meId(), now);
      if (more) arm(0);
      else if (next !== null) arm(next - now);
    } catch (error) {
      report(error);
      arm(RETRY_MS);
    }
  }

  return {
    start() {
      const now = clock.now();
      const stored = Number(getMeta(db, 'promise_reminders_until') ?? Number.NaN);
      // The desk's first run: what came due before it existed shows in Promises due, not as a flood of reminders.
      since = Number.isSafeInteger(stored) ? stored : now;
      if (since === now) setMeta(db, 'promise_reminders_until', String(now));
      // Woken before the first request is answered; reminders wait one turn, for the host to start listening.
      // A failure here must not keep the desk from opening: the next run tries again.
      try {
        wakeDue(now);
      } catch (error) {
        report(error);
      }
      arm(0);
    },
    reschedule() {
      if (!stopped) arm(0);
    },
    stop() {
      stopped = true;
      cancel?.();
      cancel = null;
      if (db.open) setMeta(db, 'promise_reminders_until', String(Math.max(since, clock.now())));
    },
  };
}
