import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openHubDb } from '../../../src/server/db/openHubDb';
import type { HubDb } from '../../../src/server/db/port';

export interface TestDb {
  db: HubDb;
  /** The NOTIFY channel of this test database (runs sharing one PostgreSQL must not hear each other). */
  channel: string;
  /** Opens another connection to the same database: a second hub instance. */
  openAnother(): Promise<HubDb>;
  close(): Promise<void>;
}

/**
 * PGlite in memory by default; with DATABASE_URL set, a fresh schema of that PostgreSQL database
 * (dropped afterwards), so the same tests run against both adapters.
 */
export async function openTestDb(): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  const name = `nara_test_${randomBytes(6).toString('hex')}`;
  if (!url) {
    const db = await openHubDb({ kind: 'pglite' });
    return {
      db,
      channel: name,
      openAnother: () => Promise.reject(new Error('PGlite in memory has no second connection')),
      close: () => db.close(),
    };
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${name}`);
  const opened: HubDb[] = [];
  const open = async () => {
    const db = await openHubDb({ kind: 'postgres', connectionString: url, searchPath: name });
    opened.push(db);
    return db;
  };
  const db = await open();
  return {
    db,
    channel: name,
    openAnother: open,
    async close() {
      await Promise.all(opened.map((d) => d.close()));
      await admin.query(`DROP SCHEMA ${name} CASCADE`);
      await admin.end();
    },
  };
}

export const usingPostgres = (): boolean => Boolean(process.env.DATABASE_URL);
