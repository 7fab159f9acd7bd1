import type { Db } from '../store/openStore';
import { prepared } from './statements';

/** The team whose cases the agent's inbox shows; null for an agent this store does not know. */
export function teamOf(db: Db, agentId: string): string | null {
  const row = prepared<{ team_id: string }>(db, 'SELECT team_id FROM agents WHERE id = ?').get(agentId);
  return row?.team_id ?? null;
}
