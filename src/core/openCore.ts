import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { Core, CoreOptions } from './Core';
import { holdsWorkspace } from './demo/holdsWorkspace';
import { seedDemoWorkspace } from './demo/seedDemoWorkspace';
import { countPendingOutbox } from './commands/outbox';
import { STORE_FILE } from './paths';
import { consoleLogger, systemClock, type Logger } from './ports';
import { lockDataDir } from './store/dataDirLock';
import { getMeta, setMeta } from './store/meta';
import { systemTimers } from './scheduler/timers';
import { serveWithSync } from './sync/serveWithSync';
import { openStore, type Db } from './store/openStore';

const MEMORY = ':memory:';

/** The workspace a newcomer sees on first start unless the host asks for an empty desk. */
export const DEFAULT_DEMO = { cases: 2000, seed: 1 } as const;

/**
 * Opens (creating if needed) the desk's store in `dataDir` and serves it. An empty store is filled with
 * the demo workspace, or with a minimal one-agent workspace when `demo` is false. A store this version
 * cannot read (e.g. StoreFromFutureError) is refused with its own error and left untouched.
 * The scheduler starts with it: snoozes that ran out while the desk was closed are woken before this returns.
 * So does sync (src/core/sync): with `hub` credentials the desk signs in, and serves the hub's workspace.
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? consoleLogger;
  const inMemory = options.dataDir === MEMORY;
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true });
  // One process per desk: taken before anything reads the store, released when the core closes.
  const unlock = inMemory ? () => {} : lockDataDir(options.dataDir);
  const path = inMemory ? MEMORY : join(options.dataDir, STORE_FILE);
  const open = (): Db => openStore({ path, nativeBinding: options.nativeBinding });

  let db: Db;
  try {
    db = open();
  } catch (error) {
    unlock();
    throw error;
  }
  try {
    if (!inMemory && isUnfinishedFirstStart(db)) {
      db.close();
      startOver(path, logger);
      db = open();
    }
    if (getMeta(db, 'client_id') === null) setMeta(db, 'client_id', uuidv7());
    if (!hasAgents(db)) {
      const demo = options.demo ?? DEFAULT_DEMO;
      // A desk that signs in to a hub gets the hub's workspace; a demo would only be replaced.
      if (demo === false || options.hub !== undefined) createLocalWorkspace(db);
      else await seedDemoWorkspace(db, { cases: demo.cases, seed: demo.seed, now: clock.now() });
    }
    const core = await serveWithSync(db, {
      prefs: options.prefs,
      clock,
      logger,
      timers: options.timers ?? systemTimers,
      hub: options.hub,
      hubConnection: options.hubConnection,
      random: options.random,
    });
    return {
      ...core,
      close() {
        try {
          core.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    if (db.open) db.close();
    unlock();
    throw error;
  }
}

function hasAgents(db: Db): boolean {
  return db.prepare('SELECT 1 FROM agents LIMIT 1').get() !== undefined;
}

/**
 * The demo is written in chunks and names the signed-in agent last; a store with workspace rows but no
 * signed-in agent was cut off while being written (the app quit during the first start). No agent ever
 * worked in it, and its outbox is empty, so nothing of anyone's is lost by starting again.
 */
function isUnfinishedFirstStart(db: Db): boolean {
  return getMeta(db, 'me_agent_id') === null && holdsWorkspace(db) && countPendingOutbox(db) === 0;
}

function startOver(path: string, logger: Logger): void {
  logger.warn('The first start was interrupted while writing the workspace; starting it again', { path });
  for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
}

/** The smallest desk one agent can work in: one team, one agent ("Me"), who is the signed-in agent. */
function createLocalWorkspace(db: Db): void {
  const teamId = uuidv7();
  const agentId = uuidv7();
  db.transaction(() => {
    db.prepare('INSERT INTO teams(id, name) VALUES (?, ?)').run(teamId, 'My team');
    db.prepare('INSERT INTO agents(id, name, email, team_id) VALUES (?, ?, ?, ?)').run(
      agentId,
      'Me',
      '',
      teamId,
    );
    setMeta(db, 'me_agent_id', agentId);
  })();
}
