import { PROMISE_COLUMNS } from '../commands/records';
import { prepared } from '../queries/statements';
import type { Db } from '../store/openStore';
import type { PromiseRow } from '../store/rows';

/**
 * What the scheduler looks for, each through an index (migration 3): snoozes that ran out
 * (cases_snoozed_until) and my open promises coming due (promises_owner_due).
 */

export interface DueSnooze {
  id: string;
  snoozed_until: number;
}

export const dueSnoozesSql = `SELECT id, snoozed_until FROM cases
  WHERE status = 'snoozed' AND snoozed_until <= :now ORDER BY snoozed_until, n LIMIT :limit`;

export const nextSnoozeEndSql = `SELECT min(snoozed_until) AS at FROM cases WHERE status = 'snoozed'`;

export const duePromisesSql = `SELECT ${PROMISE_COLUMNS} FROM promises
  WHERE owner_id = :me AND due_at > :since AND due_at <= :now AND status = 'open' ORDER BY due_at, n`;

export const nextPromiseDueSql = `SELECT min(due_at) AS at FROM promises
  WHERE owner_id = :me AND due_at > :now AND status = 'open'`;

export function dueSnoozes(db: Db, now: number, limit: number): DueSnooze[] {
  return prepared<DueSnooze>(db, dueSnoozesSql).all({ now, limit });
}

/** My open promises that came due after `since`, up to now, soonest first. */
export function duePromises(db: Db, meId: string, since: number, now: number): PromiseRow[] {
  return prepared<PromiseRow>(db, duePromisesSql).all({ me: meId, since, now });
}

/** When something next needs doing: a snooze ends or one of my open promises comes due. */
export function nextDueAt(db: Db, meId: string, now: number): number | null {
  const snooze = prepared<{ at: number | null }>(db, nextSnoozeEndSql).get()?.at ?? null;
  const promise = prepared<{ at: number | null }>(db, nextPromiseDueSql).get({ me: meId, now })?.at ?? null;
  if (snooze === null) return promise;
  if (promise === null) return snooze;
  return Math.min(snooze, promise);
}
