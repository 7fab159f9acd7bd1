import { hubMigrations, LATEST_HUB_SCHEMA } from './migrations';
import type { HubDb } from './port';

/** Any fixed number: hub instances starting together take turns migrating. */
const MIGRATION_LOCK = 7_310_442;

export class NewerHubSchemaError extends Error {
  constructor(found: number) {
    super(
      `The database has hub schema ${found}; this hub knows up to ${LATEST_HUB_SCHEMA}. Upgrade the hub.`,
    );
    this.name = 'NewerHubSchemaError';
  }
}

/** Brings the database to the latest schema, all pending steps in one transaction; refuses a newer one. */
export async function migrate(db: HubDb): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS hub_schema (version integer NOT NULL)');
    const [row] = await tx.query<{ version: number }>('SELECT max(version) AS version FROM hub_schema');
    const current = row?.version ?? 0;
    if (current > LATEST_HUB_SCHEMA) throw new NewerHubSchemaError(current);
    for (let step = current; step < LATEST_HUB_SCHEMA; step++) {
      await tx.exec(hubMigrations[step] as string);
      await tx.query('INSERT INTO hub_schema(version) VALUES ($1)', [step + 1]);
    }
    return LATEST_HUB_SCHEMA;
  });
}
