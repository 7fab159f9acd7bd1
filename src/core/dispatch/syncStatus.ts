import type { SyncStatus } from '../../shared/domain';
import { countPendingOutbox } from '../commands/outbox';
import type { Db } from '../store/openStore';

/** With no hub configured the desk works on its own; the outbox still counts what a hub would receive. */
export function localSyncStatus(db: Db): SyncStatus {
  return { state: 'local', pending: countPendingOutbox(db), lastSyncedAt: null, message: null };
}
