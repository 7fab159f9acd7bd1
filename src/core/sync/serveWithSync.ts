import type { Core } from '../Core';
import { serveStore, type ServedStore, type ServeStoreOptions } from '../dispatch/serveStore';
import { getMeta } from '../store/meta';
import type { Db } from '../store/openStore';
import { searchIndexBehind, workOffSearchBacklog } from '../store/searchBacklog';
import type { Timers } from '../scheduler/timers';
import { DeskSync, type HubCredentials } from './deskSync';
import { httpHubConnection } from './httpHubConnection';
import type { HubConnectionFactory } from './hubConnection';
import { attachSync } from './registry';

export interface ServeWithSyncOptions extends Omit<ServeStoreOptions, 'meId' | 'timers'> {
  timers: Timers;
  hub?: HubCredentials | undefined;
  hubConnection?: HubConnectionFactory | undefined;
  random?: (() => number) | undefined;
}

/**
 * Serves the store with its sync client beside the dispatcher. Sync starts first: an interrupted
 * workspace replacement is finished, and a desk given credentials signs in (replacing the workspace
 * when it is not this account's) before anything is served, so the desk serves as the right agent.
 * When the hub is out of reach then, the desk serves what it has and signs in later.
 */
export async function serveWithSync(db: Db, options: ServeWithSyncOptions): Promise<Core> {
  let served: ServedStore | null = null;
  let meId: string | null = null;
  const sync = new DeskSync({
    db,
    clock: options.clock,
    timers: options.timers,
    logger: options.logger,
    connect: options.hubConnection ?? ((url) => httpHubConnection(url)),
    push: (event, payload) => served?.push(event, payload),
    onAgentChanged: (agentId) => {
      meId = agentId;
    },
    credentials: options.hub,
    random: options.random,
  });
  const detach = attachSync(db, sync);
  try {
    await sync.start();
    meId = getMeta(db, 'me_agent_id');
    if (meId === null) throw new Error('This data folder holds a workspace without a signed-in agent.');
  } catch (error) {
    sync.stop();
    detach();
    throw error;
  }
  const store = serveStore(db, {
    // Read per request: connecting another account in Settings changes the desk's agent.
    get meId(): string {
      return meId as string;
    },
    prefs: options.prefs,
    clock: options.clock,
    logger: options.logger,
    timers: options.timers,
  });
  served = store;
  // A search index left behind (an interrupted first sync, an upgrade) is finished while the desk serves.
  if (searchIndexBehind(db)) {
    workOffSearchBacklog(db).catch((error: unknown) =>
      options.logger.error('The search index could not be completed', {
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  }
  const unsubscribe = store.onPush((push) => sync.observe(push));
  return {
    dispatch: store.dispatch,
    onPush: store.onPush,
    close() {
      sync.stop();
      unsubscribe();
      detach();
      store.close();
    },
  };
}
