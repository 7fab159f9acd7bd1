import type { Statement } from 'better-sqlite3';
import { rowSchemas, type SyncTable } from '../../shared/sync';
import type { Db } from '../store/openStore';

/**
 * Writes rows as the hub has them (pulled, or restored from sync_base) into the desk's tables, by id.
 * Runs as the hub's writer (syncState.asHubWriter): events may then be replaced or removed. The search
 * indexes have insert and update triggers only, so removals and event corrections fix them here.
 */

type Row = Record<string, unknown>;

const ftsOf: Partial<Record<SyncTable, 'people_fts' | 'cases_fts' | 'events_fts'>> = {
  people: 'people_fts',
  cases: 'cases_fts',
  events: 'events_fts',
};

const statements = new WeakMap<Db, Map<string, Statement>>();

function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (cache === undefined) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (statement === undefined) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** The columns the hub sends for a table (rows.ts): what a pulled row and its comparison cover. */
export function hubColumns(table: SyncTable): string[] {
  return Object.keys(rowSchemas[table].shape);
}

/** Inserts the row, or brings the desk's row with that id to it (leaving columns the row lacks as they are). */
export function writeRow(db: Db, table: SyncTable, row: Row): void {
  const columns = Object.keys(row).filter((c) => c !== 'n');
  if (table === 'events') return writeEvent(db, row, columns);
  const others = columns.filter((c) => c !== 'id');
  const params = Object.fromEntries(columns.map((c) => [c, row[c]]));
  // The WHERE skips rows already equal: no write, no search-index churn.
  prepared(
    db,
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT(id) DO UPDATE SET ${others.map((c) => `${c} = excluded.${c}`).join(', ')}
     WHERE (${others.join(', ')}) IS NOT (${others.map((c) => `excluded.${c}`).join(', ')})`,
  ).run(params);
}

/** Events: a new one is appended; a known one that differs from the hub's is replaced, search index too. */
function writeEvent(db: Db, row: Row, columns: string[]): void {
  const params = Object.fromEntries(columns.map((c) => [c, row[c]]));
  const inserted = prepared(
    db,
    `INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT(id) DO NOTHING`,
  ).run(params);
  if (inserted.changes > 0) return;
  const others = columns.filter((c) => c !== 'id');
  const updated = prepared(
    db,
    `UPDATE events SET ${others.map((c) => `${c} = @${c}`).join(', ')}
     WHERE id = @id AND (${others.join(', ')}) IS NOT (${others.map((c) => `@${c}`).join(', ')})
     RETURNING n, body_text`,
  ).get(params) as { n: number; body_text: string } | undefined;
  if (updated === undefined) return;
  prepared(db, 'DELETE FROM events_fts WHERE rowid = ?').run(updated.n);
  if (updated.body_text !== '') {
    prepared(db, 'INSERT INTO events_fts(rowid, body) VALUES (?, nara_fold(?))').run(
      updated.n,
      updated.body_text,
    );
  }
}

/** Removes the desk's row (one the hub never made), with its search entry. */
export function deleteRow(db: Db, table: SyncTable, id: string): void {
  const fts = ftsOf[table];
  if (fts !== undefined) {
    const found = prepared(db, `SELECT n FROM ${table} WHERE id = ?`).get(id) as { n: number } | undefined;
    if (found !== undefined) prepared(db, `DELETE FROM ${fts} WHERE rowid = ?`).run(found.n);
  }
  prepared(db, `DELETE FROM ${table} WHERE id = ?`).run(id);
}
