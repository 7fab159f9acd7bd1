import type { SyncRow, SyncTable } from '../../shared/sync';
import type { HubContext } from '../hubContext';
import { CHANGE_LOG_KEY } from './changeLog';
import { columnsOf } from './tables';
import { writeTransaction } from './writeTransaction';

/** Rows for one synced table, shaped as rows.ts says (what a desk's SQLite holds, minus `n`). */
export type RowBatch = { [T in SyncTable]: { table: T; rows: ReadonlyArray<SyncRow<T>> } }[SyncTable];

const CHUNK = 2000;
const UPSERT_LOG = `ON CONFLICT ${CHANGE_LOG_KEY} DO UPDATE SET version = excluded.version`;

/**
 * Bulk-loads existing rows (the demo workspace, a migration from elsewhere) into the hub: rows that
 * already exist are left as they are. Afterwards every loaded row is in the change feed for the teams
 * that see it, people are visible to the teams of their cases and of their personal agent, and case
 * refs continue after the highest imported number. Batches are applied in the order given, which must
 * put parents first (syncTables order).
 */
export async function importRows(hub: HubContext, batches: readonly RowBatch[]): Promise<void> {
  await writeTransaction(hub.db, hub.changeChannel, async (changes) => {
    const { tx } = changes;
    changes.everyone = true;
    for (const batch of batches) {
      const columns = columnsOf(batch.table).join(', ');
      for (let start = 0; start < batch.rows.length; start += CHUNK) {
        const chunk = batch.rows.slice(start, start + CHUNK);
        const ids = chunk.map((row) => row.id);
        await tx.query(
          `INSERT INTO ${batch.table} (${columns})
           SELECT ${columns} FROM json_populate_recordset(NULL::${batch.table}, $1::json)
           ON CONFLICT (id) DO NOTHING`,
          [JSON.stringify(chunk)],
        );
        await logImported(tx.query.bind(tx), batch.table, ids);
      }
    }
    await tx.query(
      `INSERT INTO case_ref_counters(year, last)
       SELECT substring(ref from 3 for 4)::int, max(substring(ref from 8)::int) FROM cases
       WHERE ref ~ '^K-[0-9]{4}-[0-9]{1,9}$' GROUP BY 1
       ON CONFLICT (year) DO UPDATE SET last = greatest(case_ref_counters.last, excluded.last)`,
    );
  });
}

type Query = (text: string, params?: readonly unknown[]) => Promise<unknown[]>;

/** Change-feed entries (and person grants) for freshly imported rows of one table. */
async function logImported(query: Query, table: SyncTable, ids: string[]): Promise<void> {
  const everyone = `INSERT INTO change_log(version, team_id, entity, row_id)
    SELECT nextval('hub_version'), NULL, $2, id FROM unnest($1::uuid[]) AS id ${UPSERT_LOG}`;
  const byPerson = (personColumn: string) => `INSERT INTO change_log(version, team_id, entity, row_id)
    SELECT nextval('hub_version'), pt.team_id, $2, r.id FROM ${table} r
    JOIN person_teams pt ON pt.person_id = r.${personColumn} WHERE r.id = ANY($1::uuid[]) ${UPSERT_LOG}`;
  const byCase = `INSERT INTO change_log(version, team_id, entity, row_id)
    SELECT nextval('hub_version'), c.team_id, $2, r.id FROM ${table} r JOIN cases c ON c.id = r.case_id
    WHERE r.id = ANY($1::uuid[]) ${UPSERT_LOG}`;
  switch (table) {
    case 'teams':
    case 'agents':
    case 'saved_replies':
      await query(everyone, [ids, table]);
      return;
    case 'people':
      // Owned people are visible to their owner's team from the start.
      await query(
        `INSERT INTO person_teams(person_id, team_id)
         SELECT p.id, a.team_id FROM people p JOIN agents a ON a.id = p.personal_agent_id
         WHERE p.id = ANY($1::uuid[]) ON CONFLICT DO NOTHING`,
        [ids],
      );
      await query(byPerson('id'), [ids, table]);
      return;
    case 'contact_points':
      await query(byPerson('person_id'), [ids, table]);
      return;
    case 'person_merges':
      await query(byPerson('kept_id'), [ids, table]);
      return;
    case 'cases':
      await query(
        `WITH granted AS (
           INSERT INTO person_teams(person_id, team_id)
           SELECT DISTINCT person_id, team_id FROM cases WHERE id = ANY($1::uuid[])
           ON CONFLICT DO NOTHING RETURNING person_id, team_id)
         INSERT INTO change_log(version, team_id, entity, row_id)
         SELECT nextval('hub_version'), g.team_id, 'people', g.person_id FROM granted g
         UNION ALL
         SELECT nextval('hub_version'), g.team_id, 'contact_points', cp.id
           FROM granted g JOIN contact_points cp ON cp.person_id = g.person_id
         ${UPSERT_LOG}`,
        [ids],
      );
      await query(
        `INSERT INTO change_log(version, team_id, entity, row_id)
         SELECT nextval('hub_version'), team_id, 'cases', id FROM cases WHERE id = ANY($1::uuid[]) ${UPSERT_LOG}`,
        [ids],
      );
      return;
    case 'events':
    case 'promises':
      await query(byCase, [ids, table]);
      return;
  }
}
