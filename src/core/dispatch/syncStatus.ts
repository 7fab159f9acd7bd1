import type { SyncStatus } from '../../shared/domain';
import { countPendingOutbox } from '../commands/outbox';
import type { Db } from '../store/openStore';
import { attachedSync } from '../sync/registry';

/**
 * The Sync status every window shows: the hub connection's when the store has one (src/core/sync),
 * else local. With no hub the desk works on its own; the outbox still counts what a hub would receive.
 */
export function localSyncStatus(db: Db): SyncStatus {
  const sync = attachedSync(db);
  if (sync !== null) return sync.status();
  return { state: 'local', pending: countPendingOutbox(db), lastSyncedAt: null, message: null };
}
