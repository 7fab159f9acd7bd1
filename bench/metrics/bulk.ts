import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { measured, metrics } from '../catalog';
import type { MetricResult } from '../resultSchema';
import { v7 as uuidv7 } from 'uuid';
import { PULL_PAGE, WRITE_CHUNK, pullChanges } from '../../src/core/sync/syncRound';
import type { HubConnection } from '../../src/core/sync/hubConnection';
import { quietLogger } from '../quietLogger';
import { openStore, type Db } from '../../src/core/store/openStore';
import { PullResponse, rowSchemas, syncTables, type RowChange } from '../../src/shared/sync';

/** Which code the bulk metrics run. */
export const BULK_PATH = `pullChanges (src/core/sync/syncRound.ts) from a hub serving pages of ${PULL_PAGE} rows, written in transactions of about ${WRITE_CHUNK.budgetMs} ms, the search index built after (src/core/store/searchBacklog.ts)`;

/**
 * Rows of the reference desk as the hub would send them, a page at a time: every directory row and person,
 * then the first `cases` cases with their events and promises. Each page is a short range read by rowid.
 */
function* hubPages(source: Db, cases: number): Generator<RowChange[]> {
  const scoped = source.prepare('SELECT id, n FROM cases ORDER BY n LIMIT ?').all(cases) as {
    id: string;
    n: number;
  }[];
  const lastCase = scoped.at(-1)?.n;
  if (lastCase === undefined || scoped.length < cases) {
    throw new Error(`the reference desk has fewer than ${cases} cases`);
  }
  const caseIds = new Set(scoped.map((c) => c.id));
  // Where each table's rows of those cases end, so no page reads past them.
  const lastOf = (table: 'events' | 'promises'): number =>
    (
      source
        .prepare(`SELECT max(n) AS n FROM ${table} WHERE case_id IN (SELECT id FROM cases WHERE n <= ?)`)
        .get(lastCase) as { n: number | null }
    ).n ?? 0;
  const upTo: Partial<Record<string, number>> = {
    cases: lastCase,
    events: lastOf('events'),
    promises: lastOf('promises'),
  };
  let version = 0;
  for (const table of syncTables) {
    const columns = Object.keys(rowSchemas[table].shape).join(', ');
    const page = source.prepare(
      `SELECT n, ${columns} FROM ${table} WHERE n > ? AND n <= ? ORDER BY n LIMIT ?`,
    );
    const ofScopedCase = table === 'events' || table === 'promises';
    for (let after = 0; ;) {
      const rows = page.all(after, upTo[table] ?? Number.MAX_SAFE_INTEGER, PULL_PAGE) as (Record<
        string,
        unknown
      > & { n: number })[];
      if (rows.length === 0) break;
      after = (rows.at(-1) as { n: number }).n;
      const changes = rows
        .filter((row) => !ofScopedCase || caseIds.has(row.case_id as string))
        .map(({ n: _n, ...row }) => ({ table, version: ++version, row }) as RowChange);
      if (changes.length > 0) yield changes;
    }
  }
}

/**
 * The baseline: the same event rows inserted with one prepared statement in one transaction into a table
 * with no index, trigger or FTS. The ratio says what the sync apply (upsert, indexes, search) costs on top.
 */
function rawInsertRate(sourceFile: string, targetFile: string): number {
  const source = new Database(sourceFile, { readonly: true });
  const columns = Object.keys(rowSchemas.events.shape);
  const rows = source
    .prepare(`SELECT ${columns.join(', ')} FROM events`)
    .raw()
    .all() as unknown[][];
  source.close();
  const target = new Database(targetFile);
  try {
    target.pragma('journal_mode = WAL');
    target.pragma('synchronous = NORMAL');
    target.exec(`CREATE TABLE events (n INTEGER PRIMARY KEY, ${columns.join(', ')})`);
    const insert = target.prepare(
      `INSERT INTO events(${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    const start = performance.now();
    target.transaction(() => {
      for (const row of rows) insert.run(row);
    })();
    return rows.length / ((performance.now() - start) / 1000);
  } finally {
    target.close();
  }
}

/**
 * A hub that answers pulls with the reference desk's rows, page by page, as response bodies written before the
 * measurement starts: reading them from the reference store in this process would block the very event loop
 * being watched, which the real hub (another process) never does. Each answer arrives on a later turn of the
 * loop, as a network reply does, and is parsed and checked as httpHubConnection does. That parsing is the
 * connection's work, left out of the rate but not out of the loop's delay.
 */
function pagedHub(pages: Generator<RowChange[]>): { connection: HubConnection; parseMs: () => number } {
  const bodies: string[] = [];
  let version = 0;
  let page = pages.next();
  while (page.done !== true) {
    const changes = page.value;
    version = changes.at(-1)?.version ?? version;
    page = pages.next();
    bodies.push(
      JSON.stringify({
        changes,
        nextCursor: String(version),
        hasMore: page.done !== true,
        headVersion: version,
        lastMutationSeq: 0,
      }),
    );
  }
  let parseMs = 0;
  let next = 0;
  const refuse = () => Promise.reject(new Error('the bench hub only serves pulls'));
  const connection: HubConnection = {
    login: refuse,
    logout: refuse,
    push: refuse,
    live: () => ({ close: () => undefined }),
    pull: async () => {
      await nextTurn();
      const body = bodies[next++];
      if (body === undefined) throw new Error('the bench hub has no more pages');
      const start = performance.now();
      const response = PullResponse.parse(JSON.parse(body));
      parseMs += performance.now() - start;
      return response;
    },
  };
  return { connection, parseMs: () => parseMs };
}

/**
 * A first sync's apply, as the desk does it: pullChanges into a fresh store from a hub serving the reference
 * desk's rows, the event loop free between pages and between the chunks of the search index built after.
 * The rate counts event rows per second of the pull's own time; a histogram watches how long the loop was
 * blocked.
 */
export async function measureBulk(referenceStore: string, cases: number): Promise<MetricResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'nara-bench-bulk-'));
  try {
    const storeFile = join(dir, 'nara.sqlite');
    const source = new Database(referenceStore, { readonly: true });
    const db = openStore({ path: storeFile });
    const loop = monitorEventLoopDelay({ resolution: 5 });
    const hub = pagedHub(hubPages(source, cases));
    let events = 0;
    let pages = 0;
    let wallMs = 0;
    try {
      loop.enable();
      const started = performance.now();
      await pullChanges(
        {
          db,
          connection: hub.connection,
          token: 'bench',
          clientId: uuidv7(),
          meId: uuidv7(),
          logger: quietLogger('bulk'),
          check: () => undefined,
        },
        () => {
          pages += 1;
        },
      );
      wallMs = performance.now() - started;
      loop.disable();
      events = (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      loop.disable();
      db.close();
      source.close();
    }
    const applyMs = wallMs - hub.parseMs();
    const raw = rawInsertRate(storeFile, join(dir, 'raw.sqlite'));
    return [
      measured(metrics.bulkRate, {
        value: events / (applyMs / 1000),
        baseline: { name: 'raw insert of the same events, no index or FTS', value: raw },
        details: {
          path: BULK_PATH,
          events,
          cases,
          pages,
          applyMs: Math.round(applyMs),
          wallMs: Math.round(wallMs),
        },
      }),
      measured(metrics.bulkEventLoop, {
        value: loop.max / 1e6,
        details: { path: BULK_PATH, p99Ms: Math.round(loop.percentile(99) / 1e4) / 100 },
      }),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
