import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { prepared } from '../queries/statements';
import { ChunkSizer } from './chunkSizer';
import type { Db } from './openStore';

/**
 * The search index's backlog (migration 005): rows written while their table was marked behind are
 * indexed here afterwards, in chunks that each take about 20 ms, the event loop free between
 * them. Building the index of 200,000 events in 5,000-row chunks took a fifth of indexing them a pull
 * page at a time (bench: core.bulk.rate).
 */

export type SearchTable = 'people' | 'cases' | 'events';

const SEARCH_TABLES: readonly SearchTable[] = ['people', 'cases', 'events'];

/** The same text the insert triggers index (migration 005), for the rows of an n range. */
const indexRange: Record<SearchTable, string> = {
  people: `INSERT INTO people_fts(rowid, name, details)
    SELECT n, nara_fold(name || ' ' || coalesce(preferred_name, '')), nara_fold(note_text)
    FROM people WHERE n > ? AND n <= ?`,
  cases: `INSERT INTO cases_fts(rowid, subject)
    SELECT n, nara_fold(ref || ' ' || subject) FROM cases WHERE n > ? AND n <= ?`,
  events: `INSERT INTO events_fts(rowid, body)
    SELECT n, nara_fold(body_text) FROM events WHERE n > ? AND n <= ? AND body_text <> ''`,
};

/** Rows per chunk: a chunk's target is well under the 50 ms a served request may wait behind it. */
const CHUNK = { first: 500, min: 50, max: 50_000, budgetMs: 20 } as const;

/**
 * Marks the searchable tables as behind from their current last row on: rows written from now on are
 * indexed by the backlog instead of row by row. A table already behind keeps its watermark. Run inside
 * the transaction that writes the first of those rows, so a crash cannot leave the mark without them.
 */
export function deferSearchIndex(db: Db): void {
  for (const table of SEARCH_TABLES) {
    prepared(
      db,
      `INSERT OR IGNORE INTO search_backlog(tbl, indexed_upto) SELECT ?, coalesce(max(n), 0) FROM ${table}`,
    ).run(table);
  }
}

export function searchIndexBehind(db: Db): boolean {
  return prepared(db, 'SELECT 1 FROM search_backlog LIMIT 1').get() !== undefined;
}

/** Whether the row is in the search index as it is now (false: the backlog will index it). */
export function rowIsIndexed(db: Db, table: SearchTable, n: number): boolean {
  const row = prepared(db, 'SELECT indexed_upto FROM search_backlog WHERE tbl = ?').get(table) as
    { indexed_upto: number } | undefined;
  return row === undefined || n <= row.indexed_upto;
}

/** Drops the backlog (the rows are being removed, and their index with them). */
export function clearSearchBacklog(db: Db): void {
  prepared(db, 'DELETE FROM search_backlog').run();
}

/**
 * Indexes one chunk of the first table behind; false when nothing is behind. The chunk ends at the
 * table's current last row at most; reaching it removes the mark in the same transaction, so a row
 * written later is indexed by its trigger and none is indexed twice.
 */
function indexChunk(db: Db, rows: number): boolean {
  return db.transaction(() => {
    const next = prepared(db, 'SELECT tbl, indexed_upto FROM search_backlog ORDER BY tbl LIMIT 1').get() as
      { tbl: SearchTable; indexed_upto: number } | undefined;
    if (next === undefined) return false;
    const { max } = prepared(db, `SELECT coalesce(max(n), 0) AS max FROM ${next.tbl}`).get() as {
      max: number;
    };
    const upto = Math.min(max, next.indexed_upto + rows);
    if (upto > next.indexed_upto) prepared(db, indexRange[next.tbl]).run(next.indexed_upto, upto);
    if (upto >= max) prepared(db, 'DELETE FROM search_backlog WHERE tbl = ?').run(next.tbl);
    else prepared(db, 'UPDATE search_backlog SET indexed_upto = ? WHERE tbl = ?').run(upto, next.tbl);
    return true;
  })();
}

export interface BacklogProgress {
  chunks: number;
  /** Milliseconds spent inside chunks (the event loop was free the rest of the time). */
  busyMs: number;
}

const running = new WeakMap<Db, Promise<BacklogProgress>>();

/**
 * Works the backlog off, one chunk per turn of the event loop, until nothing is behind or the store
 * closes. One worker per store: a second call joins the running one.
 */
export function workOffSearchBacklog(db: Db): Promise<BacklogProgress> {
  const current = running.get(db);
  if (current !== undefined) return current;
  const work = (async () => {
    const progress: BacklogProgress = { chunks: 0, busyMs: 0 };
    const sizer = new ChunkSizer(CHUNK);
    while (db.open) {
      const start = performance.now();
      const rows = sizer.size;
      if (!indexChunk(db, rows)) break;
      const ms = performance.now() - start;
      sizer.record(rows, ms);
      progress.chunks += 1;
      progress.busyMs += ms;
      await yieldToLoop();
    }
    return progress;
  })().finally(() => running.delete(db));
  running.set(db, work);
  return work;
}
