import { join } from 'node:path';
import Database from 'better-sqlite3';
import { measured, type MetricDef } from '../catalog';
import type { RunningBenchHub } from '../hubServer';
import { Stopwatch, timedPulls, type PullTally } from '../hubTiming';
import type { MetricResult } from '../resultSchema';
import { memoryPreferences, openCore, type Core } from '../../src/core';
import { STORE_FILE } from '../../src/core/paths';
import { PULL_PAGE } from '../../src/core/sync/syncRound';
import { httpHubConnection } from '../../src/core/sync/httpHubConnection';
import type { SyncStatus } from '../../src/shared/domain';
import { syncTables } from '../../src/shared/sync';
import { quietLogger } from '../quietLogger';
import { selectList } from '../../src/server/sync/tables';

const logger = quietLogger('desk');

/** Rows per keyset page of the baseline read. */
const BASELINE_PAGE = 5000;

/** Resolves when the desk reports a finished round; rejects when it reports a failure. */
function untilSynced(core: Core): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = core.onPush((push) => {
      if (push.event !== 'sync.status') return;
      const status = push.payload as SyncStatus;
      if (status.state === 'synced') {
        stop();
        resolve();
      } else if (
        status.state === 'error' ||
        status.state === 'login_required' ||
        status.state === 'offline'
      ) {
        stop();
        reject(new Error(`the desk's sync stopped: ${status.state} ${status.message ?? ''}`.trim()));
      }
    });
  });
}

/**
 * The baseline: every synced row of the team read straight from the hub's database, table by table in
 * keyset pages, the columns a pull sends. What the first sync costs on top is the protocol (change feed,
 * parents, HTTP, JSON) and the desk writing it all.
 */
async function directReadMs(hub: RunningBenchHub): Promise<{ ms: number; rows: number }> {
  const start = performance.now();
  let rows = 0;
  for (const table of syncTables) {
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const page = await hub.db.query<{ id: string }>(
        `SELECT ${selectList(table)} FROM ${table} WHERE id > $1 ORDER BY id LIMIT ${BASELINE_PAGE}`,
        [after],
      );
      rows += page.length;
      const last = page.at(-1);
      if (last === undefined || page.length < BASELINE_PAGE) break;
      after = last.id;
    }
  }
  return { ms: performance.now() - start, rows };
}

/**
 * A fresh desk (the real core, empty store) signs in to the hub over HTTP and syncs until it is up to
 * date: login, the workspace reset, every pull page, the apply and the rebase. The time is split into the
 * hub's SQL, the rest of each pull (hub HTTP and JSON, network, the desk's parse and schema check) and the
 * desk's own work between pulls (writing the rows, search index, rebase).
 */
export async function measureFirstSync(
  metric: MetricDef,
  hub: RunningBenchHub,
  deskDir: string,
  note: Record<string, unknown> = {},
): Promise<MetricResult> {
  const baseline = await directReadMs(hub);
  const tally: PullTally = { watch: new Stopwatch(), pages: 0, rows: 0 };
  hub.dbWatch.ms = 0;
  hub.dbWatch.calls = 0;
  const start = performance.now();
  const core = await openCore({
    dataDir: deskDir,
    prefs: memoryPreferences(),
    logger,
    demo: false,
    hub: { url: hub.url, email: hub.email, password: hub.password },
    hubConnection: (url) => timedPulls(httpHubConnection(url), tally),
  });
  let wallMs: number;
  try {
    await untilSynced(core);
    wallMs = performance.now() - start;
    // The live channel opening asks for another round; let it finish before the desk closes.
    await core.dispatch({ id: 'settle', method: 'sync.now', args: {} });
  } finally {
    core.close();
  }
  const desk = new Database(join(deskDir, STORE_FILE), { readonly: true });
  const count = (table: string) =>
    (desk.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const pulled = { cases: count('cases'), events: count('events'), people: count('people') };
  desk.close();
  if (pulled.cases !== hub.seeded.cases || pulled.events !== hub.seeded.events) {
    throw new Error(
      `the desk holds ${pulled.cases} cases and ${pulled.events} events after its first sync; ` +
        `the hub has ${hub.seeded.cases} and ${hub.seeded.events}`,
    );
  }
  const pullMs = tally.watch.ms;
  const hubSqlMs = hub.dbWatch.ms;
  return measured(metric, {
    value: wallMs / 1000,
    baseline: { name: 'the same rows read from the hub database directly', value: baseline.ms / 1000 },
    details: {
      ...pulled,
      rows: tally.rows,
      pages: tally.pages,
      deskPageSize: PULL_PAGE,
      ms: {
        total: Math.round(wallMs),
        hubSql: Math.round(hubSqlMs),
        hubHttpJsonAndDeskParse: Math.round(pullMs - hubSqlMs),
        deskApplyAndRest: Math.round(wallMs - pullMs),
      },
      baselineRows: baseline.rows,
      ...note,
    },
  });
}
