import { describe, expect, it } from 'vitest';
import { inboxViews, type InboxView } from '../../../src/shared/domain';
import { inboxRowsSql } from '../../../src/core/queries/inboxRows';
import { countSql, pageKeysSql, type PageShape } from '../../../src/core/queries/inboxViews';
import { makeDesk } from './fixtures';

/** What SQLite will do for one of the inbox's statements, one step per line. */
function plan(sql: string): string {
  const desk = makeDesk();
  const params = { team: desk.teamId, me: desk.meId, channel: 'email', key: 0, n: 0, limit: 101, offset: 0 };
  const steps = desk.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(sql === inboxRowsSql ? '[1]' : params) as {
    detail: string;
  }[];
  return steps.map((s) => s.detail).join('\n');
}

const firstPage: PageShape = { channel: false, after: false, offset: false };
const nextPage: PageShape = { channel: false, after: true, offset: false };
const filtered: PageShape = { channel: true, after: true, offset: false };

// A full scan of cases is what turns a 100k-case inbox from instant into a stall.
const fullScanOfCases = /^SCAN (c|cases)$/m;

describe('the inbox’s query plans', () => {
  it('walks my cases, and the unassigned ones, along the team-and-assignee index (migration 2)', () => {
    for (const view of ['mine', 'unassigned'] as const) {
      for (const shape of [firstPage, nextPage, filtered]) {
        const steps = plan(pageKeysSql(view, shape));
        expect(steps).toMatch(
          /SEARCH c USING (COVERING )?INDEX cases_team_assignee_status_last \(team_id=\? AND assignee_id=\? AND status=\?/,
        );
        expect(steps).not.toMatch(fullScanOfCases);
      }
      expect(plan(countSql(view, false))).toMatch(/COVERING INDEX cases_team_assignee_status_last/);
    }
  });

  it('walks my people’s cases person by person', () => {
    const steps = plan(pageKeysSql('my_people', nextPage));
    expect(steps).toMatch(
      /SEARCH p USING INDEX people_personal_agent[\s\S]*SEARCH c USING INDEX cases_person/,
    );
  });

  it('walks the team’s cases along the team index, covering, from the cursor on', () => {
    const steps = plan(pageKeysSql('team', nextPage));
    expect(steps).toMatch(
      /SEARCH c USING COVERING INDEX cases_team_status_last \(team_id=\? AND status=\? AND last_contact_at<\?\)/,
    );
    expect(steps).not.toMatch(fullScanOfCases);
  });

  it('uses the channel index (migration 2) when a view is filtered by channel', () => {
    for (const view of ['team', 'waiting', 'closed'] as const) {
      const steps = plan(pageKeysSql(view, filtered));
      expect(steps).toMatch(
        /USING COVERING INDEX cases_team_channel_status_last \(team_id=\? AND channel=\? AND status=\?/,
      );
    }
    expect(plan(countSql('team', true))).toMatch(/COVERING INDEX cases_team_channel_status_last/);
  });

  it.each<InboxView>([...inboxViews])('never scans every case for %s, listing or counting', (view) => {
    for (const sql of [
      pageKeysSql(view, firstPage),
      pageKeysSql(view, filtered),
      countSql(view, false),
      countSql(view, true),
    ]) {
      const steps = plan(sql);
      expect(steps).not.toMatch(fullScanOfCases);
      expect(steps).toMatch(/USING (COVERING )?INDEX (cases_|sqlite_autoindex_cases_1)/);
    }
  });

  it('fills a page’s rows by rowid, finding each case’s earliest promise through its own promises', () => {
    const steps = plan(inboxRowsSql);
    expect(steps).toMatch(/SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(steps).toMatch(/SEARCH pr USING INDEX promises_case \(case_id=\?\)/);
  });
});
