import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { metrics, notApplicable } from '../catalog';
import { REPO_ROOT } from '../paths';
import type { MetricResult } from '../resultSchema';

const hubMetrics = [
  metrics.hubPushPglite,
  metrics.hubPushPostgres,
  metrics.hubFirstSyncPglite,
  metrics.hubFirstSyncPostgres,
];

/**
 * The hub's slots (issue 4): push throughput and the first sync of 100,000 cases, on PGlite and PostgreSQL.
 * Measuring them needs the hub's server and sync client; until they exist the slots say so.
 */
export function measureHub(): MetricResult[] {
  const reason = existsSync(join(REPO_ROOT, 'src', 'server'))
    ? 'src/server exists, but the harness does not drive the hub yet'
    : 'the hub (src/server) has not landed yet';
  return hubMetrics.map((metric) => notApplicable(metric, reason));
}
