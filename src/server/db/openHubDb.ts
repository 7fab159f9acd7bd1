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
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
