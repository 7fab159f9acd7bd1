import Database from 'better-sqlite3';
import type { HubContext } from '../src/server/hubContext';
import { setPassword } from '../src/server/accounts/directory';
import { importRows, type RowBatch } from '../src/server/sync/importRows';
import { columnsOf } from '../src/server/sync/tables';
import { syncTables, type SyncTable } from '../src/shared/sync';

/** The password the bench sets for the desk's agent on its hub (a throwaway database). */
export const BENCH_HUB_PASSWORD = 'nara-bench-password';

/** Rows read from the reference desk and handed to the hub per import call. */
const PAGE = 5000;

export interface SeededHub {
  email: string;
  /** The team every loaded case was put in: the signed-in agent's. */
  teamId: string;
  cases: number;
  events: number;
  rows: number;
}

type Row = Record<string, unknown> & { n: number };

/**
 * Loads the first `cases` cases of the reference desk (with their events and promises, and the whole
 * directory and every person) into an empty hub through the server's own bulk import, so the change feed,
 * person grants and case refs are what a real import makes. Every case is put in the team of the desk's
 * agent: a hub agent sees one team, and the first-sync metric is about a desk that pulls them all.
 */
export async function seedHubFromDesk(hub: HubContext, storeFile: string, cases: number): Promise<SeededHub> {
  const desk = new Database(storeFile, { readonly: true });
  try {
    const me = desk
      .prepare(
        `SELECT a.email, a.team_id FROM agents a JOIN meta m ON m.key = 'me_agent_id' AND m.value = a.id`,
      )
      .get() as { email: string; team_id: string } | undefined;
    if (me === undefined) throw new Error(`${storeFile} has no signed-in agent (meta me_agent_id)`);
    const lastCase = (
      desk.prepare('SELECT max(n) AS n FROM (SELECT n FROM cases ORDER BY n LIMIT ?)').get(cases) as {
        n: number | null;
      }
    ).n;
    if (lastCase === null) throw new Error(`${storeFile} has no cases`);
    const scoped = 'case_id IN (SELECT id FROM cases WHERE n <= @lastCase)';
    const where: Partial<Record<SyncTable, string>> = {
      cases: 'n <= @lastCase',
      events: scoped,
      promises: scoped,
      // A merge recorded on a case outside the slice still moved people inside it: keep them all.
    };
    const counts = { cases: 0, events: 0, rows: 0 };
    for (const table of syncTables) {
      const filter = where[table] === undefined ? '' : `AND ${where[table]}`;
      const page = desk.prepare(
        `SELECT n, ${columnsOf(table).join(', ')} FROM ${table} WHERE n > @after ${filter} ORDER BY n LIMIT @limit`,
      );
      for (let after = 0; ;) {
        const rows = page.all({ after, lastCase, limit: PAGE }) as Row[];
        const last = rows.at(-1);
        if (last === undefined) break;
        after = last.n;
        const shaped = rows.map(({ n: _n, ...row }) =>
          table === 'cases' ? { ...row, team_id: me.team_id } : row,
        );
        // Rows straight from the desk's table of the same columns (rows.ts); the hub's import checks them.
        await importRows(hub, [{ table, rows: shaped } as unknown as RowBatch]);
        counts.rows += shaped.length;
        if (table === 'cases') counts.cases += shaped.length;
        if (table === 'events') counts.events += shaped.length;
      }
    }
    await setPassword(hub, me.email, BENCH_HUB_PASSWORD);
    // Statistics, as PostgreSQL's autovacuum would gather after a bulk load (PGlite never runs it).
    await hub.db.exec('ANALYZE');
    return { email: me.email, teamId: me.team_id, ...counts };
  } finally {
    desk.close();
  }
}
