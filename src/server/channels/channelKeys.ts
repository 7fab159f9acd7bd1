import { hashSecret } from '../accounts/secrets';
import type { ChannelKind } from '../accounts/directory';
import type { HubContext } from '../hubContext';

export interface ChannelKey {
  id: string;
  teamId: string;
  channel: ChannelKind;
}

/** The key behind a secret, or null. A key opens one channel endpoint of one team, nothing else. */
export async function findChannelKey(hub: HubContext, secret: string): Promise<ChannelKey | null> {
  if (secret === '') return null;
  const [row] = await hub.db.query<{ id: string; team_id: string; channel: ChannelKind }>(
    'SELECT id, team_id, channel FROM channel_keys WHERE key_hash = $1',
    [hashSecret(secret)],
  );
  return row ? { id: row.id, teamId: row.team_id, channel: row.channel } : null;
}
