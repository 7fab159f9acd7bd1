import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchPostgresUrl } from '../../bench/hubFixture';
import { BENCH_HUB_PASSWORD, seedHubFromDesk } from '../../bench/hubSeed';
import { Stopwatch, timedHubDb } from '../../bench/hubTiming';
import { seedDemoWorkspace } from '../../src/core/demo/seedDemoWorkspace';
import { openStore } from '../../src/core/store/openStore';
import { login } from '../../src/server/accounts/sessions';
import { openHubDb } from '../../src/server/db/openHubDb';
import type { HubDb } from '../../src/server/db/port';
import type { HubContext } from '../../src/server/hubContext';

let folder: string;
let storeFile: string;
let db: HubDb;
let hub: HubContext;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'nara-bench-hubseed-'));
  storeFile = join(folder, 'desk.sqlite');
  const desk = openStore({ path: storeFile });
  await seedDemoWorkspace(desk, { cases: 40, seed: 3, now: Date.UTC(2026, 2, 5), eventsPerCase: 4 });
  desk.close();
  db = await openHubDb({ kind: 'pglite' });
  hub = { db, now: Date.now, changeChannel: 'bench_seed_test', sessionTtlMs: 60_000, log: () => undefined };
});

afterAll(async () => {
  await db.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the hub the bench measures', () => {
  it('holds the first cases of the reference desk, all in the team of the agent a desk signs in as', async () => {
    const seeded = await seedHubFromDesk(hub, storeFile, 25);
    expect(seeded.cases).toBe(25);
    const cases = await db.query<{ team_id: string }>('SELECT DISTINCT team_id FROM cases');
    expect(cases).toEqual([{ team_id: seeded.teamId }]);
    const [events] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
    expect(events?.n).toBe(seeded.events);
    const [feed] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM change_log WHERE entity = 'cases' AND team_id = $1",
      [seeded.teamId],
    );
    expect(feed?.n).toBe(25);
    const session = await login(hub, seeded.email, BENCH_HUB_PASSWORD);
    expect(session?.teams.map((t) => t.id)).toEqual([seeded.teamId]);
  });

  it('counts the time the hub spends in its database, transactions as one call each', async () => {
    const watch = new Stopwatch();
    const timed = timedHubDb(db, watch);
    await timed.query('SELECT 1');
    await timed.transaction(async (tx) => {
      await tx.query('SELECT 1');
      await tx.query('SELECT 2');
    });
    expect(watch.calls).toBe(2);
    expect(watch.ms).toBeGreaterThan(0);
  });

  it('measures PostgreSQL only where NARA_TEST_DATABASE_URL names a server', () => {
    expect(benchPostgresUrl({})).toBeNull();
    expect(benchPostgresUrl({ NARA_TEST_DATABASE_URL: '' })).toBeNull();
    expect(benchPostgresUrl({ NARA_TEST_DATABASE_URL: 'postgres://h/db' })).toBe('postgres://h/db');
  });
});
