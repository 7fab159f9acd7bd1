import { join } from 'node:path';
import pg from 'pg';
import { failed, metrics, notApplicable, type MetricDef } from './catalog';
import type { Dataset } from './dataset';
import { guarded } from './guard';
import { benchPostgresUrl, openHubFixture, type HubStorage } from './hubFixture';
import { startBenchHub } from './hubServer';
import { measureFirstSync } from './metrics/hubFirstSync';
import { measurePush } from './metrics/hubPush';
import type { Mode } from './modes';
import { profiler } from './profile';
import type { MetricResult } from './resultSchema';
import { errorText } from './timeout';

export const hubMetrics: readonly MetricDef[] = [
  metrics.hubPushPglite,
  metrics.hubPushPostgres,
  metrics.hubFirstSyncPglite,
  metrics.hubFirstSyncPostgres,
];

const perStorage: Record<HubStorage, { push: MetricDef; firstSync: MetricDef }> = {
  pglite: { push: metrics.hubPushPglite, firstSync: metrics.hubFirstSyncPglite },
  postgres: { push: metrics.hubPushPostgres, firstSync: metrics.hubFirstSyncPostgres },
};

/** Why the PostgreSQL metrics cannot be measured here, or null when a server answers. */
async function postgresMissing(): Promise<string | null> {
  const url = benchPostgresUrl();
  if (url === null)
    return 'no PostgreSQL here: NARA_TEST_DATABASE_URL is not set (scripts/pg-test-cluster.sh start)';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `no PostgreSQL here: NARA_TEST_DATABASE_URL does not answer (${errorText(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One storage: a seeded hub database, the real hub in this process, a fresh desk's first sync, then pushes. */
async function measureOn(
  storage: HubStorage,
  mode: Mode,
  dataset: Dataset,
  tempRoot: string,
  log: (line: string) => void,
): Promise<MetricResult[]> {
  const defs = perStorage[storage];
  let fixture;
  try {
    fixture = await openHubFixture(storage, dataset, mode.hubCases, tempRoot, log);
  } catch (error) {
    const reason = `the ${storage} hub could not be seeded: ${errorText(error)}`;
    log(`  ${reason}`);
    return [failed(defs.push, reason), failed(defs.firstSync, reason)];
  }
  const results: MetricResult[] = [];
  try {
    let hub;
    try {
      hub = await startBenchHub(fixture);
    } catch (error) {
      const reason = `the ${storage} hub did not start: ${errorText(error)}`;
      log(`  ${reason}`);
      return [failed(defs.push, reason), failed(defs.firstSync, reason)];
    }
    try {
      const seedNote = { seedMs: Math.round(fixture.seedMs), seedReused: fixture.reused };
      results.push(
        ...(await guarded(
          [defs.firstSync],
          mode.name === 'full' ? 900_000 : 120_000,
          async () => [
            await profiler.node(`hub-first-sync-${storage}`, () =>
              measureFirstSync(defs.firstSync, hub, join(tempRoot, `desk-${storage}`), seedNote),
            ),
          ],
          log,
        )),
      );
      results.push(
        ...(await guarded(
          [defs.push],
          120_000,
          async () => [
            await profiler.node(`hub-push-${storage}`, () => measurePush(defs.push, hub, mode.hubPushes)),
          ],
          log,
        )),
      );
    } finally {
      await hub.close();
    }
  } finally {
    await fixture.dispose();
  }
  return results;
}

/**
 * The hub's metrics, on PGlite and on PostgreSQL (NARA_TEST_DATABASE_URL). Without a PostgreSQL server
 * its two metrics are n/a with the reason; anything failing becomes a failed metric, never a crash.
 */
export async function runHubPhase(
  mode: Mode,
  dataset: Dataset,
  tempRoot: string,
  log: (line: string) => void,
): Promise<MetricResult[]> {
  const results = await measureOn('pglite', mode, dataset, tempRoot, log);
  const missing = await postgresMissing();
  if (missing === null) {
    results.push(...(await measureOn('postgres', mode, dataset, tempRoot, log)));
  } else {
    log(`  ${missing}`);
    results.push(
      notApplicable(metrics.hubPushPostgres, missing),
      notApplicable(metrics.hubFirstSyncPostgres, missing),
    );
  }
  for (const r of results) if (r.details) log(`  ${r.id}: ${JSON.stringify(r.details)}`);
  // In the catalog's order, as the report lists every other group.
  return hubMetrics.map((def) => results.find((r) => r.id === def.id) ?? failed(def, 'not measured'));
}
