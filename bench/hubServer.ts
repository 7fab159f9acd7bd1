import type { HubFixture } from './hubFixture';
import type { SeededHub } from './hubSeed';
import { Stopwatch, timedHubDb } from './hubTiming';
import { openHubDb } from '../src/server/db/openHubDb';
import type { HubDb } from '../src/server/db/port';
import { serveHub } from '../src/server/hub';
import type { HubContext } from '../src/server/hubContext';

/** The real hub (HTTP, sync routes, live sockets) on 127.0.0.1 in this process, over a fixture's database. */
export interface RunningBenchHub {
  url: string;
  email: string;
  password: string;
  seeded: SeededHub;
  /** The untimed database, for the baselines. */
  db: HubDb;
  hub: HubContext;
  /** Time the hub spent in its database since it was last reset. */
  dbWatch: Stopwatch;
  close(): Promise<void>;
}

export async function startBenchHub(fixture: HubFixture): Promise<RunningBenchHub> {
  const db = await openHubDb(fixture.storage);
  const dbWatch = new Stopwatch();
  const hub: HubContext = {
    db: timedHubDb(db, dbWatch),
    now: Date.now,
    changeChannel: 'nara_bench_changes',
    sessionTtlMs: 3600_000,
    log: (message) => console.error(`[hub] ${message}`),
  };
  let served;
  try {
    served = await serveHub({ hub, port: 0, host: '127.0.0.1' });
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    url: served.url,
    email: fixture.seeded.email,
    password: fixture.password,
    seeded: fixture.seeded,
    db,
    hub,
    dbWatch,
    async close() {
      await served.close();
      await db.close();
    },
  };
}
