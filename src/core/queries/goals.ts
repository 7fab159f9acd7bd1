import type { Args, Result } from '../../shared/api';
import type { Db } from '../store/openStore';
import type { QueryContext } from './context';
import { backlogBuckets, dayIndex, durationFigures, localDayStarts } from './goalsMath';
import { prepared } from './statements';
import { teamOf } from './team';

type Scope = Args<'goals.get'>['scope'];

/**
 * Which cases and promises a scope covers: mine (assigned to me; promises I own) or my team's (its
 * cases; promises its agents own). Each is written so an index (migration 3) narrows it first.
 */
const scopes: Record<Scope, { cases: string; promiseOwners: string }> = {
  me: { cases: 'c.assignee_id = :me', promiseOwners: 'SELECT :me' },
  team: { cases: 'c.team_id = :team', promiseOwners: 'SELECT id FROM agents WHERE team_id = :team' },
};

// Counted in SQL: at 100k cases a team's backlog is thousands of rows nobody needs one by one.
const bucketOfAge = `CASE ${backlogBuckets
  .filter((b) => Number.isFinite(b.below))
  .map((b, i) => `WHEN :now - c.created_at < ${b.below} THEN ${i}`)
  .join(' ')} ELSE ${backlogBuckets.length - 1} END`;

export const goalsSql = (scope: Scope) => ({
  created: `SELECT c.created_at, c.first_response_at FROM cases c
    WHERE ${scopes[scope].cases} AND c.created_at >= :from AND c.created_at <= :to`,
  closed: `SELECT c.created_at, c.closed_at FROM cases c
    WHERE ${scopes[scope].cases} AND c.closed_at >= :from AND c.closed_at <= :to`,
  promises: `SELECT p.status, p.due_at, p.resolved_at FROM promises p
    WHERE p.owner_id IN (${scopes[scope].promiseOwners}) AND p.due_at >= :from AND p.due_at <= :to`,
  backlog: `SELECT ${bucketOfAge} AS bucket, count(*) AS count FROM cases c
    WHERE ${scopes[scope].cases} AND c.status IN ('open', 'waiting') GROUP BY bucket`,
});

interface CreatedRow {
  created_at: number;
  first_response_at: number | null;
}
interface ClosedRow {
  created_at: number;
  closed_at: number;
}
interface PromiseDueRow {
  status: 'open' | 'kept' | 'cancelled';
  due_at: number;
  resolved_at: number | null;
}

const elapsed = (from: number, to: number): number => Math.max(0, to - from);

/**
 * The Goals screen's figures for the last 7 or 30 calendar days (today included):
 * first response (cases created in the window that got one), resolution (cases closed in the window),
 * promises kept by their due time (of those due in the window, kept, cancelled or still open),
 * today's backlog by age, and a per-day series for the chart.
 */
export function getGoals(db: Db, ctx: QueryContext, args: Args<'goals.get'>): Result<'goals.get'> {
  const dayStarts = localDayStarts(ctx.now, args.days);
  const from = dayStarts[0] ?? ctx.now;
  const params = { me: ctx.meId, team: teamOf(db, ctx.meId), from, to: ctx.now, now: ctx.now };
  const sql = goalsSql(args.scope);

  const daily = dayStarts.map((day) => ({ day, created: 0, closed: 0, responses: [] as number[] }));
  const responses: number[] = [];
  for (const row of prepared<CreatedRow>(db, sql.created).all(params)) {
    const today = daily[dayIndex(dayStarts, row.created_at)];
    if (today) today.created += 1;
    if (row.first_response_at === null) continue;
    const ms = elapsed(row.created_at, row.first_response_at);
    responses.push(ms);
    today?.responses.push(ms);
  }
  const resolutions: number[] = [];
  for (const row of prepared<ClosedRow>(db, sql.closed).all(params)) {
    resolutions.push(elapsed(row.created_at, row.closed_at));
    const today = daily[dayIndex(dayStarts, row.closed_at)];
    if (today) today.closed += 1;
  }

  const promises = prepared<PromiseDueRow>(db, sql.promises).all(params);
  const onTime = promises.filter(
    (p) => p.status === 'kept' && p.resolved_at !== null && p.resolved_at <= p.due_at,
  ).length;

  const backlog = backlogBuckets.map(({ bucket }) => ({ bucket, count: 0 }));
  for (const row of prepared<{ bucket: number; count: number }>(db, sql.backlog).all(params)) {
    const entry = backlog[row.bucket];
    if (entry) entry.count = row.count;
  }

  return {
    scope: args.scope,
    days: args.days,
    from,
    to: ctx.now,
    firstResponse: durationFigures(responses),
    resolution: durationFigures(resolutions),
    promisesKept: {
      onTime,
      due: promises.length,
      percent: promises.length === 0 ? null : (100 * onTime) / promises.length,
    },
    backlog,
    daily: daily.map((d) => ({
      day: d.day,
      created: d.created,
      closed: d.closed,
      firstResponseMedianMs: durationFigures(d.responses).medianMs,
    })),
  };
}
