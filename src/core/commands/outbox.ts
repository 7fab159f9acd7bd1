import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../store/openStore';
import { prepared } from '../queries/statements';

/** sync_state key holding the highest outbox seq ever handed out. */
const LAST_SEQ_KEY = 'outbox_last_seq';

export interface OutboxEntry {
  name: string;
  args: Record<string, unknown>;
  createdAt: number;
}

/**
 * Appends one command to the outbox and returns its per-client sequence number.
 * `seq` is the table's INTEGER PRIMARY KEY, but SQLite reuses rowids once the highest rows are deleted
 * (as confirmed rows will be), and the hub skips any seq it has already applied; so the highest seq
 * ever used is also kept in sync_state and the next one is always above it.
 */
export function appendToOutbox(db: Db, entry: OutboxEntry): { seq: number; mutationId: string } {
  const { next } = prepared(
    db,
    `SELECT max(
         coalesce((SELECT max(seq) FROM outbox), 0),
         coalesce((SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = ?), 0)
       ) + 1 AS next`,
  ).get(LAST_SEQ_KEY) as { next: number };
  const mutationId = uuidv7();
  prepared(db, 'INSERT INTO outbox(seq, mutation_id, name, args, created_at) VALUES (?, ?, ?, ?, ?)').run(
    next,
    mutationId,
    entry.name,
    JSON.stringify(entry.args),
    entry.createdAt,
  );
  prepared(
    db,
    'INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(LAST_SEQ_KEY, String(next));
  return { seq: next, mutationId };
}

/** Commands made here that the hub has not confirmed yet (rejected ones are counted apart). */
export function countPendingOutbox(db: Db): number {
  const row = prepared(db, "SELECT count(*) AS n FROM outbox WHERE status = 'pending'").get() as {
    n: number;
  };
  return row.n;
}
