import { describe, expect, it } from 'vitest';
import { goalsSql } from '../../../src/core/queries/goals';
import { makeDesk } from './fixtures';

/** What SQLite will do for one statement, one step per line (fresh store: no ANALYZE statistics). */
function plan(sql: string): string {
  const desk = makeDesk();
  const params = { me: desk.meId, team: desk.teamId, from: 0, to: 1, now: 1 };
  const steps = desk.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
  return steps.map((s) => s.detail).join('\n');
}

const fullScan = /^SCAN (c|p|cases|promises)$/m;

describe('the goals’ query plans (migration 3)', () => {
  it.each([
    ['me', 'created', 'cases_assignee_created'],
    ['me', 'closed', 'cases_assignee_closed'],
    ['me', 'backlog', 'cases_assignee_status_created'],
    ['team', 'created', 'cases_team_created'],
    ['team', 'closed', 'cases_team_closed'],
    ['team', 'backlog', 'cases_team_status_created'],
  ] as const)('%s: reads %s cases from a covering index', (scope, figure, index) => {
    const steps = plan(goalsSql(scope)[figure]);
    expect(steps).toMatch(new RegExp(`SEARCH c USING COVERING INDEX ${index} \\(`));
    expect(steps).not.toMatch(fullScan);
  });

  it.each(['me', 'team'] as const)('%s: finds promises due in the window by owner and due time', (scope) => {
    const steps = plan(goalsSql(scope).promises);
    expect(steps).toMatch(
      /SEARCH p USING INDEX promises_owner_due \(owner_id=\? AND due_at>\? AND due_at<\?\)/,
    );
    expect(steps).not.toMatch(fullScan);
  });
});
