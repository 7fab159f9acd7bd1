import type { Core } from '../Core';
import type { Clock, Logger, PreferencesPort } from '../ports';
import type { Db } from '../store/openStore';
import { createDispatcher } from './createDispatcher';
import { handlers } from './handlers';
import { createPushHub } from './pushHub';

export interface ServeStoreOptions {
  /** The agent working at this desk (meta me_agent_id). */
  meId: string;
  prefs: PreferencesPort;
  clock: Clock;
  logger: Logger;
}

/** Serves an open, migrated store through the contract: the Core every host talks to. */
export function serveStore(db: Db, options: ServeStoreOptions): Core {
  const hub = createPushHub(options.logger);
  const dispatch = createDispatcher(handlers, options.logger, () => ({
    db,
    meId: options.meId,
    now: options.clock.now(),
    prefs: options.prefs,
    push: hub.push,
  }));
  return {
    dispatch,
    onPush: hub.subscribe,
    close() {
      hub.clear();
      if (db.open) db.close();
    },
  };
}
