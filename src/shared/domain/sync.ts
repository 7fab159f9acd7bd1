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
  /** A first sync of a new desk: how far the hub's changes have come in (hub versions), for a progress bar. */
  progress: z
    .object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() })
    .optional(),
  /** Changes the hub refused for good that the agent has not dismissed yet (`sync.rejections`). */
  rejected: z.number().int().nonnegative().optional(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
