import { openStore, type Db } from '../../../src/core/store/openStore';
import { seedDemoWorkspace, type SeedReport } from '../../../src/core/demo/seedDemoWorkspace';

/** The demo's "today" in every test: a fixed instant, so the workspace is the same on every run. */
export const NOW = Date.UTC(2026, 2, 16, 9, 30);
export const DAY = 86_400_000;

export async function seededStore(
  cases: number,
  seed = 1,
  eventsPerCase?: number,
): Promise<{ db: Db; report: SeedReport }> {
  const db = openStore({ path: ':memory:' });
  const report = await seedDemoWorkspace(db, { cases, seed, now: NOW, eventsPerCase });
  return { db, report };
}

/** Every row of the workspace's own tables (not the search index internals), in insertion order. */
export function dumpTables(db: Db): string {
  const tables = [
    'meta',
    'teams',
    'agents',
    'people',
    'contact_points',
    'cases',
    'events',
    'promises',
    'saved_replies',
  ];
  return tables
    .map((table) => {
      const order = table === 'meta' ? 'key' : 'n';
      return `${table}\n${JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).raw().all())}`;
    })
    .join('\n');
}
