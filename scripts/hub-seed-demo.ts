// Fills an empty hub with the demo workspace, so desks connecting to it see the same living desk as the
// local demo, and every demo agent can log in.
//
//   node scripts/native.mjs node && npx tsx scripts/hub-seed-demo.ts [--cases 300] [--seed 1] [--now <epoch ms>]
//     [--password <password>]
//
// Storage as for `npm run hub`: DATABASE_URL (PostgreSQL) or NARA_HUB_DATA (PGlite folder, default ~/.nara-hub;
// stop the hub first). Every demo agent gets the same password: DEMO_PASSWORD below unless --password is given.
// The hub must not import core (lint door), so this script joins the two: core writes the demo into a temporary
// SQLite store and the rows are copied into the hub through the server's storage module.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedDemoWorkspace } from '../src/core/demo/seedDemoWorkspace';
import { getMeta } from '../src/core/store/meta';
import { openStore, type Db } from '../src/core/store/openStore';
import { setPassword } from '../src/server/accounts/directory';
import { hubConfigFromEnv } from '../src/server/config';
import { lockDataDir } from '../src/server/dataDirLock';
import { openHubDb } from '../src/server/db/openHubDb';
import { DEFAULT_CHANGE_CHANNEL, type HubContext } from '../src/server/hubContext';
import { importRows, type RowBatch } from '../src/server/sync/importRows';
import { columnsOf } from '../src/server/sync/tables';
import { syncTables, type SyncTable } from '../src/shared/sync';

/** The demo agents' password (documented in the README): a demo hub is not a place for real data. */
export const DEMO_PASSWORD = 'nara-demo-password';

/** Rows are copied this many at a time, so a large demo never sits in memory whole. */
const PAGE = 5000;

function deskRows(db: Db, table: SyncTable, after: number): { rows: RowBatch['rows']; last: number } {
  const rows = db
    .prepare(`SELECT n, ${columnsOf(table).join(', ')} FROM ${table} WHERE n > ? ORDER BY n LIMIT ?`)
    .all(after, PAGE) as Array<Record<string, unknown> & { n: number }>;
  const last = rows.at(-1)?.n ?? after;
  for (const row of rows) delete (row as Partial<typeof row>).n;
  return { rows: rows as unknown as RowBatch['rows'], last };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '300' },
      seed: { type: 'string', default: '1' },
      now: { type: 'string' },
      password: { type: 'string', default: DEMO_PASSWORD },
    },
  });
  const config = hubConfigFromEnv(process.env);
  const folder = mkdtempSync(join(tmpdir(), 'nara-hub-demo-'));
  const desk = openStore({ path: join(folder, 'demo.sqlite') });
  const release =
    config.storage.kind === 'pglite' && config.storage.dataDir
      ? lockDataDir(config.storage.dataDir)
      : () => undefined;
  const db = await openHubDb(config.storage);
  const hub: HubContext = {
    db,
    now: Date.now,
    changeChannel: DEFAULT_CHANGE_CHANNEL,
    sessionTtlMs: config.sessionTtlMs,
    log: (message) => console.error(message),
  };
  try {
    const [existing] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM agents');
    if ((existing?.n ?? 0) > 0)
      throw new Error('This hub already has agents; demo seeding is for an empty hub.');
    const report = await seedDemoWorkspace(desk, {
      cases: Number(values.cases),
      seed: Number(values.seed),
      now: values.now === undefined ? Date.now() : Number(values.now),
    });
    console.error(`Demo written: ${report.people} people, ${report.cases} cases, ${report.events} events.`);
    for (const table of syncTables) {
      let after = 0;
      for (;;) {
        const page = deskRows(desk, table, after);
        if (page.rows.length === 0) break;
        await importRows(hub, [{ table, rows: page.rows } as RowBatch]);
        after = page.last;
      }
      console.error(`  ${table} copied`);
    }
    // Statistics for the planner: the tables were empty when it last looked (and PGlite never looks by itself).
    await hub.db.exec('ANALYZE');
    const agents = desk.prepare('SELECT email FROM agents ORDER BY n').all() as Array<{ email: string }>;
    for (const { email } of agents) await setPassword(hub, email, values.password);
    const meId = getMeta(desk, 'me_agent_id');
    const me = desk.prepare('SELECT email FROM agents WHERE id = ?').get(meId) as
      { email: string } | undefined;
    console.log(
      JSON.stringify({
        agents: agents.map((a) => a.email),
        logInAs: me?.email ?? null,
        password: values.password,
      }),
    );
  } finally {
    desk.close();
    rmSync(folder, { recursive: true, force: true });
    await db.close();
    release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
