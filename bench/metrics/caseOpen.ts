import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { probe } from '../browser';
import { failed, measured, metrics, type MetricDef } from '../catalog';
import { inboxBack, openInbox, pressAndMeasure, STEP_TIMEOUT_MS } from '../desk';
import { profiler } from '../profile';
import type { MetricResult } from '../resultSchema';
import { summarize } from '../stats';
import { sleep } from '../timeout';
import { connectApi } from '../../tests/e2e/fixtures/api';
import type { Result } from '../../src/shared/api';
import type { InboxRow } from '../../src/shared/domain';

export interface CaseTarget {
  metric: MetricDef;
  caseId: string;
  events: number;
}

/**
 * The cases to open. Views only show the agent's own team, and the seeder's 50-event showcase case may belong
 * to another team, so the ~50-event case is the team-view case with an event count nearest 50; the 300+ event
 * case is the seeder's saga, which is always the agent's own.
 */
export function pickCaseTargets(storeFile: string, longCaseId: string): CaseTarget[] {
  const db = new Database(storeFile, { readonly: true });
  try {
    const me = (db.prepare(`SELECT value FROM meta WHERE key = 'me_agent_id'`).get() as { value: string })
      .value;
    const { team } = db.prepare('SELECT team_id AS team FROM agents WHERE id = ?').get(me) as {
      team: string;
    };
    const fifty = db
      .prepare(
        `SELECT c.id, count(e.n) AS events FROM cases c JOIN events e ON e.case_id = c.id
         WHERE c.team_id = ? AND c.status IN ('open', 'waiting')
         GROUP BY c.id ORDER BY abs(count(e.n) - 50), c.id LIMIT 1`,
      )
      .get(team) as { id: string; events: number };
    const long = db.prepare('SELECT count(*) AS events FROM events WHERE case_id = ?').get(longCaseId) as {
      events: number;
    };
    return [
      { metric: metrics.caseFifty, caseId: fifty.id, events: fifty.events },
      { metric: metrics.caseLong, caseId: longCaseId, events: long.events },
    ];
  } finally {
    db.close();
  }
}

/** Where a case sits in the team view (the inbox's first view), found through the API like the UI would. */
async function findInTeamView(
  api: Awaited<ReturnType<typeof connectApi>>,
  caseId: string,
): Promise<{ index: number; row: InboxRow } | null> {
  let cursor: string | null = null;
  let offset = 0;
  for (;;) {
    const list: Result<'cases.list'> = await api.call('cases.list', { view: 'team', limit: 500, cursor });
    const at = list.rows.findIndex((row) => row.id === caseId);
    if (at >= 0) return { index: offset + at, row: list.rows[at] as InboxRow };
    if (list.nextCursor === null) return null;
    offset += list.rows.length;
    cursor = list.nextCursor;
  }
}

/** Scrolls the virtualized inbox to the row and clicks it: the case opens and stays selected for Enter later. */
async function selectRow(page: Page, index: number, row: InboxRow): Promise<void> {
  await probe(page, `scrollInboxTo(${index})`);
  const option = page
    .locator(`[role="option"][aria-posinset="${index + 1}"]`)
    .filter({ hasText: row.subject });
  await option.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await probe(page, `arm('caseOpened', 1, ${STEP_TIMEOUT_MS})`);
  await option.click();
  await probe(page, 'armed');
  await page.keyboard.press('Escape');
  await inboxBack(page);
}

/**
 * Enter on the selected row → the paint of the case history, `reps` times per case (Esc back in between),
 * against the API round trip of cases.get for the same case (what the data alone costs over the socket).
 */
export async function measureCaseOpen(
  browser: Browser,
  deskUrl: string,
  targets: readonly CaseTarget[],
  reps: number,
): Promise<MetricResult[]> {
  const api = await connectApi(deskUrl);
  const desk = await openInbox(browser, deskUrl);
  const results: MetricResult[] = [];
  try {
    for (const target of targets) {
      const found = await findInTeamView(api, target.caseId);
      if (!found) {
        results.push(failed(target.metric, `case ${target.caseId} is not in the team view`));
        continue;
      }
      await selectRow(desk.page, found.index, found.row);
      const openMs: number[] = [];
      const fetchMs: number[] = [];
      let articles = 0;
      const stopProfile = await profiler.page(desk.context, desk.page);
      for (let i = 0; i < reps; i++) {
        openMs.push(await pressAndMeasure<number>(desk.page, `'caseOpened', 1, ${STEP_TIMEOUT_MS}`, 'Enter'));
        articles = await probe<number>(desk.page, 'articles()');
        await desk.page.keyboard.press('Escape');
        await inboxBack(desk.page);
      }
      await stopProfile(`case-open-${target.events}-events`);
      // After the UI is done, not between its opens: then the host is still answering the inbox's refresh.
      await sleep(500);
      for (let i = 0; i < reps; i++) {
        const start = performance.now();
        await api.call('cases.get', { caseId: target.caseId });
        fetchMs.push(performance.now() - start);
      }
      const open = summarize(openMs);
      const fetch = summarize(fetchMs);
      results.push(
        measured(target.metric, {
          value: open.p95,
          summary: open,
          baseline: { name: 'cases.get round trip over the socket, p95', value: fetch.p95 },
          details: {
            caseId: target.caseId,
            events: target.events,
            articlesPainted: articles,
            inboxIndex: found.index,
            roundTripMedianMs: fetch.median,
          },
        }),
      );
    }
  } finally {
    api.close();
    await desk.close();
  }
  return results;
}
