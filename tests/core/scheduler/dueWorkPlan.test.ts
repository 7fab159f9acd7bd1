import { describe, expect, it } from 'vitest';
import {
  duePromisesSql,
  dueSnoozesSql,
  nextPromiseDueSql,
  nextSnoozeEndSql,
} from '../../../src/core/scheduler/dueWork';
import { makeDesk } from '../commands/fixtures';

function plan(sql: string, params: Record<string, unknown>): string {
  const desk = makeDesk();
  const steps = desk.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
  return steps.map((s) => s.detail).join('\n');
}

describe('what the scheduler looks up, at every change, stays cheap at 100k cases', () => {
  it('finds ended snoozes in order along the snooze index, with no sorting', () => {
    const steps = plan(dueSnoozesSql, { now: 1, limit: 100 });
    expect(steps).toMatch(
      /SEARCH cases USING INDEX cases_status_snoozed_until \(status=\? AND snoozed_until<\?\)/,
    );
    expect(steps).not.toMatch(/TEMP B-TREE/);
    expect(plan(nextSnoozeEndSql, {})).toMatch(/COVERING INDEX cases_status_snoozed_until/);
  });

  it('finds my promises coming due by owner and due time', () => {
    const me = { me: 'x', since: 0, now: 1 };
    expect(plan(duePromisesSql, me)).toMatch(
      /SEARCH promises USING INDEX promises_owner_due \(owner_id=\? AND due_at>\? AND due_at<\?\)/,
    );
    expect(plan(nextPromiseDueSql, { me: 'x', now: 1 })).toMatch(
      /USING INDEX promises_owner_due \(owner_id=\? AND due_at>\?\)/,
    );
  });
});
