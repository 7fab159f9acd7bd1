import { PGlite } from '@electric-sql/pglite';
import type { HubDb, Sql } from './port';

/**
 * PostgreSQL embedded in the process: a data folder, or memory when none is given (tests).
 * One connection, so transactions simply run one after another; NOTIFY reaches LISTENers of the
 * same instance, which is every listener there is.
 */
export async function openPgliteDb(dataDir?: string): Promise<HubDb> {
  const db = await PGlite.create(dataDir);
  const sqlOf = (runner: Pick<PGlite, 'query' | 'exec'>): Sql => ({
    async query<R extends object>(text: string, params: readonly unknown[] = []): Promise<R[]> {
      const result = await runner.query<R>(text, params as unknown[]);
      return result.rows;
    },
    async exec(text: string): Promise<void> {
      await runner.exec(text);
    },
  });
  const direct = sqlOf(db);
  return {
    kind: 'pglite',
    query: direct.query,
    exec: direct.exec,
    transaction: (work) => db.transaction((tx) => work(sqlOf(tx))),
    async listen(channel, onPayload) {
      const unlisten = await db.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => db.close(),
  };
}
