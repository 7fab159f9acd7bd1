import { z } from 'zod';
import { Instant } from './entities';

/** What the "Sync" status region shows. `local`: no hub configured, the desk works on its own. */
export const SyncState = z.enum(['local', 'offline', 'syncing', 'synced', 'error', 'login_required']);
export type SyncState = z.infer<typeof SyncState>;

export const SyncStatus = z.object({
  state: SyncState,
  pending: z.number().int().nonnegative(),
  lastSyncedAt: Instant.nullable(),
  message: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
