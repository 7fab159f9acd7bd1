import type { RejectedChange } from '../../shared/api/methods/sync';
import { RejectionCode, type Mutation, type PushResponse } from '../../shared/sync';
import type { Db } from '../store/openStore';
import { readNumber, writeSyncState } from './syncState';

interface OutboxRow {
  seq: number;
  mutation_id: string;
  name: string;
  args: string;
  created_at: number;
}

/** The next changes to push: queued, not yet processed by the hub, oldest first. */
export function nextBatch(db: Db, limit: number): Mutation[] {
  const acked = readNumber(db, 'hub_acked_seq') ?? 0;
  const rows = db
    .prepare(
      `SELECT seq, mutation_id, name, args, created_at FROM outbox
       WHERE status = 'pending' AND seq > ? ORDER BY seq LIMIT ?`,
    )
    .all(acked, limit) as OutboxRow[];
  return rows.map((row) => ({
    id: row.mutation_id,
    seq: row.seq,
    name: row.name,
    args: JSON.parse(row.args) as Record<string, unknown>,
    createdAt: row.created_at,
  }));
}

/**
 * Takes in the hub's answer to a push: refused changes are marked (with the hub's reason) and stay in
 * the outbox to be shown; everything up to `lastAppliedSeq` is not sent again. Applied changes stay
 * queued until a pull brings their effect (then they are dropped: `dropConfirmed`).
 */
export function recordPushResults(db: Db, response: PushResponse): void {
  const reject = db.prepare(
    "UPDATE outbox SET status = 'rejected', error = ? WHERE seq = ? AND status = 'pending'",
  );
  db.transaction(() => {
    for (const result of response.results) {
      // A replay of a refused change repeats the refusal's code and reason.
      const refused =
        result.status === 'rejected' || (result.status === 'duplicate' && result.code !== undefined);
      if (!refused) continue;
      const error = { code: result.code ?? 'hub_error', reason: result.reason ?? '' };
      reject.run(JSON.stringify(error), result.seq);
    }
    const acked = readNumber(db, 'hub_acked_seq') ?? 0;
    writeSyncState(db, 'hub_acked_seq', String(Math.max(acked, response.lastAppliedSeq)));
  })();
}

/** Drops the queued changes whose effects are now in the pulled state (the hub's lastMutationSeq). */
export function dropConfirmed(db: Db, lastMutationSeq: number): number {
  return db.prepare("DELETE FROM outbox WHERE status = 'pending' AND seq <= ?").run(lastMutationSeq).changes;
}

export interface PendingEntry {
  seq: number;
  name: string;
  args: Record<string, unknown>;
  createdAt: number;
}

/** Every change still waiting for the hub, in the order it was made. */
export function pendingEntries(db: Db): PendingEntry[] {
  const rows = db
    .prepare("SELECT seq, name, args, created_at FROM outbox WHERE status = 'pending' ORDER BY seq")
    .all() as Pick<OutboxRow, 'seq' | 'name' | 'args' | 'created_at'>[];
  return rows.map((r) => ({
    seq: r.seq,
    name: r.name,
    args: JSON.parse(r.args) as Record<string, unknown>,
    createdAt: r.created_at,
  }));
}

const SUMMARY_LENGTH = 120;
const summaryKeys = [
  'bodyText',
  'text',
  'noteText',
  'note',
  'handoverNote',
  'value',
  'preferredName',
] as const;

/** The text a change carried, for the agent to recognise it by. */
function summaryOf(args: Record<string, unknown>): string {
  for (const key of summaryKeys) {
    const value = args[key];
    if (typeof value === 'string' && value.trim() !== '') {
      const text = value.replace(/\s+/g, ' ').trim();
      return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
    }
  }
  return '';
}

export function listRejections(db: Db): RejectedChange[] {
  const rows = db
    .prepare("SELECT seq, name, args, created_at, error FROM outbox WHERE status = 'rejected' ORDER BY seq")
    .all() as (Pick<OutboxRow, 'seq' | 'name' | 'args' | 'created_at'> & { error: string | null })[];
  return rows.map((row) => {
    const error = parseError(row.error);
    return {
      seq: row.seq,
      name: row.name,
      summary: summaryOf(JSON.parse(row.args) as Record<string, unknown>),
      createdAt: row.created_at,
      code: error.code,
      reason: error.reason,
    };
  });
}

function parseError(raw: string | null): Pick<RejectedChange, 'code' | 'reason'> {
  try {
    const value = JSON.parse(raw ?? '') as { code?: unknown; reason?: unknown };
    const code = RejectionCode.safeParse(value.code);
    return {
      code: code.success ? code.data : 'hub_error',
      reason: typeof value.reason === 'string' ? value.reason : '',
    };
  } catch {
    return { code: 'hub_error', reason: raw ?? '' };
  }
}

export function countRejections(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM outbox WHERE status = 'rejected'").get() as { n: number }).n;
}

/** The agent has seen a refused change: it leaves the outbox. Only refused changes can be dismissed. */
export function dismissRejection(db: Db, seq: number): boolean {
  return db.prepare("DELETE FROM outbox WHERE seq = ? AND status = 'rejected'").run(seq).changes > 0;
}
