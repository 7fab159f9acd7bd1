import { SyncTable, type RowChange } from '../../shared/sync';
import type { Logger } from '../ports';
import { prepared } from '../queries/statements';
import type { Db } from '../store/openStore';
import { pendingEntries } from './outboxQueue';
import { replayCommand } from './replayCommand';
import { deleteRow, writeRow } from './rowWriter';
import { asHubWriter } from './syncState';
import type { Touched } from './touched';

/**
 * Confirmed state and queued changes (ARCHITECTURE.md, "Sync"). The desk's tables show the hub's
 * rows with the still-queued commands applied on top. For every row such a command changed,
 * sync_base holds the hub's version (migration 004 captures it as the command runs). So:
 * - a pulled row that a queued command changed becomes the new base, and the table keeps showing
 *   the local change until the rebase;
 * - the rebase puts every based row back to the hub's version (removing rows only the desk made),
 *   then runs the queued commands again, in order, with their own ids and times.
 * A change the hub refused is no longer queued, so the rebase also takes its effect away.
 */

type Row = Record<string, unknown>;

interface BaseRow {
  tbl: string;
  id: string;
  row: string | null;
}

/** One page of the hub's rows, as the hub's writer, inside the caller's transaction. */
export function applyPulledRows(db: Db, changes: readonly RowChange[], touched: Touched): void {
  const findBase = prepared(db, 'SELECT row FROM sync_base WHERE tbl = ? AND id = ?');
  const setBase = prepared(db, 'UPDATE sync_base SET row = ? WHERE tbl = ? AND id = ?');
  // Nothing queued (a first sync, and most pulls): no row can have a base, so none is looked up.
  const anyBase = prepared(db, 'SELECT 1 FROM sync_base LIMIT 1').get() !== undefined;
  asHubWriter(db, () => {
    db.pragma('defer_foreign_keys = ON');
    for (const change of changes) {
      const row = change.row as Row;
      touched.add(change.table, row);
      const base = anyBase
        ? (findBase.get(change.table, change.row.id) as Pick<BaseRow, 'row'> | undefined)
        : undefined;
      if (base === undefined) {
        writeRow(db, change.table, row);
        continue;
      }
      // Desk-only columns (none the hub sends) stay as the base had them.
      const merged = base.row === null ? row : { ...(JSON.parse(base.row) as Row), ...row };
      setBase.run(JSON.stringify(merged), change.table, change.row.id);
    }
  });
}

export interface RebaseOutcome {
  restored: number;
  replayed: number;
  /** Queued commands that no longer apply locally; they stay queued for the hub to decide. */
  skipped: number;
}

/** Puts every based row back to the hub's version and re-applies the queued commands on top. */
export function rebase(db: Db, meId: string, logger: Logger, touched: Touched): RebaseOutcome {
  const bases = db.prepare('SELECT tbl, id, row FROM sync_base').all() as BaseRow[];
  asHubWriter(db, () => {
    db.pragma('defer_foreign_keys = ON');
    for (const base of bases) {
      const table = SyncTable.parse(base.tbl);
      if (base.row === null) {
        const live = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(base.id) as Row | undefined;
        if (live !== undefined) touched.add(table, live);
        deleteRow(db, table, base.id);
      } else {
        const row = JSON.parse(base.row) as Row;
        touched.add(table, row);
        writeRow(db, table, row);
      }
    }
    db.prepare('DELETE FROM sync_base').run();
  });

  let replayed = 0;
  let skipped = 0;
  for (const entry of pendingEntries(db)) {
    try {
      // A savepoint each: a command that fails halfway leaves nothing behind.
      db.transaction(() => replayCommand({ db, meId, now: entry.createdAt }, entry.name, entry.args))();
      replayed += 1;
    } catch (error) {
      skipped += 1;
      logger.info('A queued change no longer applies here; the hub will decide', {
        seq: entry.seq,
        name: entry.name,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  // What the replayed commands touched (their rows are in sync_base again).
  for (const base of db.prepare('SELECT tbl, id FROM sync_base').all() as Omit<BaseRow, 'row'>[]) {
    const table = SyncTable.parse(base.tbl);
    const live = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(base.id) as Row | undefined;
    if (live !== undefined) touched.add(table, live);
  }
  return { restored: bases.length, replayed, skipped };
}
