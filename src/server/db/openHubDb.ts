import { migrate } from './migrate';
import { openPgDb } from './pgAdapter';
import { openPgliteDb } from './pgliteAdapter';
import type { HubDb } from './port';

export type StorageChoice =
  { kind: 'postgres'; connectionString: string; searchPath?: string } | { kind: 'pglite'; dataDir?: string };

/** Opens the chosen storage and brings its schema up to date. */
export async function openHubDb(choice: StorageChoice): Promise<HubDb> {
  const db =
    choice.kind === 'postgres'
      ? await openPgDb({ connectionString: choice.connectionString, searchPath: choice.searchPath })
      : await openPgliteDb(choice.dataDir);
  try {
    await migrate(db);
    // PGlite runs no autovacuum, so nothing else gathers the statistics the planner needs: without them a
    // pull page's query plan read every row still to come (src/server/sync/pull.ts). Sampled, so bounded.
    if (db.kind === 'pglite') await db.exec('ANALYZE');
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
