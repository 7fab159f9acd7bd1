import type { Statement } from 'better-sqlite3';
import { rowSchemas, type SyncTable } from '../../shared/sync';
import { prepared } from '../queries/statements';
import type { Db } from '../store/openStore';
import { rowIsIndexed } from '../store/searchBacklog';

/**
 * Writes rows as the hub has them (pulled, or restored from sync_base) into the desk's tables, by id.
 * Runs as the hub's writer (syncState.asHubWriter): events may then be replaced or removed. The search
 * indexes have insert and update triggers only, so removals and event corrections fix them here.
 *
 * A first sync writes a million rows through here, so the statements are prepared once per table and
 * column list and bound by position: building the SQL and binding by name per row cost more than the
 * insert itself (bench: core.bulk.rate).
 */

type Row = Record<string, unknown>;

const ftsOf: Partial<Record<SyncTable, 'people_fts' | 'cases_fts' | 'events_fts'>> = {
  people: 'people_fts',
  cases: 'cases_fts',
  events: 'events_fts',
};

interface Writer {
  columns: readonly string[];
  /** Inserts, or updates the row with that id when it differs (events: inserts only). */
  upsert: Statement;
  /** Events only: replaces a known event that differs, returning its rowid and text for the search index. */
  replace: Statement | null;
}

const writers = new WeakMap<Db, Map<string, Writer>>();

const hubColumnLists = new Map<SyncTable, readonly string[]>();

/** The columns the hub sends for a table (rows.ts): what a pulled row and its comparison cover. */
export function hubColumns(table: SyncTable): readonly string[] {
  let columns = hubColumnLists.get(table);
  if (columns === undefined) hubColumnLists.set(table, (columns = Object.keys(rowSchemas[table].shape)));
  return columns;
}

/** The row's columns: the hub's list itself when the row has exactly those (every pulled row), so no key is built. */
function columnsOf(table: SyncTable, row: Row): readonly string[] {
  const keys = Object.keys(row);
  const hub = hubColumns(table);
  if (keys.length === hub.length && keys.every((key, i) => key === hub[i])) return hub;
  return keys.filter((c) => c !== 'n');
}

function writerFor(db: Db, table: SyncTable, columns: readonly string[]): Writer {
  let cache = writers.get(db);
  if (cache === undefined) writers.set(db, (cache = new Map()));
  const key = `${table}(${columns.join(',')})`;
  let writer = cache.get(key);
  if (writer !== undefined) return writer;
  const others = columns.filter((c) => c !== 'id');
  const insert = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  const changed = `(${others.join(', ')}) IS NOT (${others.map((c) => `excluded.${c}`).join(', ')})`;
  writer =
    table === 'events'
      ? {
          columns,
          upsert: db.prepare(`${insert} ON CONFLICT(id) DO NOTHING`),
          // Bound as (...others, id, ...others): the new values, the id, and the same values to compare with.
          replace: db.prepare(
            `UPDATE events SET ${others.map((c) => `${c} = ?`).join(', ')}
             WHERE id = ? AND (${others.join(', ')}) IS NOT (${others.map(() => '?').join(', ')})
             RETURNING n, body_text`,
          ),
        }
      : {
          columns,
          // The WHERE skips rows already equal: no write, no search-index churn.
          upsert: db.prepare(
            `${insert} ON CONFLICT(id) DO UPDATE SET ${others.map((c) => `${c} = excluded.${c}`).join(', ')}
             WHERE ${changed}`,
          ),
          replace: null,
        };
  cache.set(key, writer);
  return writer;
}

/** Inserts the row, or brings the desk's row with that id to it (leaving columns the row lacks as they are). */
export function writeRow(db: Db, table: SyncTable, row: Row): void {
  const writer = writerFor(db, table, columnsOf(table, row));
  const values = writer.columns.map((c) => row[c]);
  const inserted = writer.upsert.run(values);
  if (writer.replace === null || inserted.changes > 0) return;
  // A known event: replaced only when the hub's version differs, search index too.
  const others = values.filter((_, i) => writer.columns[i] !== 'id');
  const updated = writer.replace.get([...others, row.id, ...others]) as
    { n: number; body_text: string } | undefined;
  // An event the search backlog has not reached yet is indexed by it, as it is then.
  if (updated === undefined || !rowIsIndexed(db, 'events', updated.n)) return;
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
