import type { Db } from '../store/openStore';

/** True once anything of a workspace (a demo or a synced one) is in the store: seeding never writes over it. */
export function holdsWorkspace(db: Db): boolean {
  const row = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM teams) OR EXISTS (SELECT 1 FROM agents) OR EXISTS (SELECT 1 FROM people)
         OR EXISTS (SELECT 1 FROM cases) OR EXISTS (SELECT 1 FROM meta WHERE key = 'me_agent_id') AS held`,
    )
    .get() as { held: number };
  return row.held === 1;
}
