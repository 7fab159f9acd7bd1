import { HubAccount } from '../../shared/api/methods/sync';
import type { Db } from '../store/openStore';

/**
 * What the desk remembers about its hub, in the sync_state table. The session token is kept (a desk
 * restarts without asking for the password again); the password never is.
 */
type SyncKey =
  /** JSON HubAccount: the hub and agent this desk's workspace belongs to. */
  | 'hub_account'
  /** The session token. */
  | 'hub_token'
  /** Present after the hub refused the session (401): the agent must sign in again. */
  | 'session_ended'
  /** The pull cursor (opaque to the desk); absent before the first pull. */
  | 'hub_cursor'
  /** Highest outbox seq the hub has processed (its lastAppliedSeq): pushes resume above it. */
  | 'hub_acked_seq'
  /** When the last full push-and-pull succeeded (epoch ms). */
  | 'last_synced_at'
  /** The account a workspace replacement is under way for (JSON); a restart finishes it. */
  | 'reset_pending'
  /** Present while local changes are captured in sync_base (migration 004). */
  | 'capture'
  /** Present only inside sync's own transactions: the hub's rows are being written (migration 004). */
  | 'hub_write';

export function readSyncState(db: Db, key: SyncKey): string | null {
  const row = db.prepare('SELECT value FROM sync_state WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function writeSyncState(db: Db, key: SyncKey, value: string): void {
  db.prepare(
    'INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function clearSyncState(db: Db, key: SyncKey): void {
  db.prepare('DELETE FROM sync_state WHERE key = ?').run(key);
}

export function readAccount(db: Db): HubAccount | null {
  const raw = readSyncState(db, 'hub_account');
  if (raw === null) return null;
  const parsed = HubAccount.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : null;
}

export function readNumber(db: Db, key: 'hub_acked_seq' | 'last_synced_at'): number | null {
  const raw = readSyncState(db, key);
  return raw === null ? null : Number(raw);
}

/**
 * Runs `write` as the hub's writer: local-change capture is off and the timeline may be corrected
 * (migration 004). Must run inside a transaction, so neither key is ever committed as changed.
 */
export function asHubWriter<T>(db: Db, write: () => T): T {
  if (!db.inTransaction) throw new Error('Hub rows are written inside a transaction only.');
  const capturing = readSyncState(db, 'capture') !== null;
  clearSyncState(db, 'capture');
  writeSyncState(db, 'hub_write', '1');
  try {
    return write();
  } finally {
    clearSyncState(db, 'hub_write');
    if (capturing) writeSyncState(db, 'capture', '1');
  }
}
