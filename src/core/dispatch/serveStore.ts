import type { PushEventName } from '../../shared/api';
import type { Core } from '../Core';
import type { Clock, Logger, PreferencesPort } from '../ports';
import { createScheduler, type Scheduler } from '../scheduler/scheduler';
import type { Timers } from '../scheduler/timers';
import { getMeta } from '../store/meta';
import type { Db } from '../store/openStore';
import { createDispatcher } from './createDispatcher';
import type { Push } from './handlerTypes';
import { handlers } from './handlers';
import { createPushHub } from './pushHub';

export interface ServeStoreOptions {
  /** The agent working at this desk when it opened; meta me_agent_id wins once set (connecting a hub account changes it). */
  meId: string;
  prefs: PreferencesPort;
  clock: Clock;
  logger: Logger;
  /** Runs the scheduler (snooze wake-ups, promise reminders) on these timers; without them, nothing is timed. */
  timers?: Timers | undefined;
}

/** Pushes that mean the store changed, so the next snooze end or promise due time may have moved. */
const changes: ReadonlySet<PushEventName> = new Set(['case.changed', 'cases.invalidated', 'person.changed']);

/** The Core, plus its push for services beside the dispatcher (sync): it reaches every window and the scheduler. */
export interface ServedStore extends Core {
  push: Push;
}

/** Serves an open, migrated store through the contract: the Core every host talks to. */
export function serveStore(db: Db, options: ServeStoreOptions): ServedStore {
  const hub = createPushHub(options.logger);
  // Read per request, not once: connecting to a hub replaces the workspace and with it who "me" is.
  const meId = () => getMeta(db, 'me_agent_id') ?? options.meId;
  const scheduler: Scheduler | null = options.timers
    ? createScheduler({
        db,
        meId,
        clock: options.clock,
        timers: options.timers,
        push: hub.push,
        logger: options.logger,
      })
    : null;
  const push: Push = (event, payload) => {
    hub.push(event, payload);
    if (changes.has(event)) scheduler?.reschedule();
  };
  const dispatch = createDispatcher(handlers, options.logger, () => ({
    db,
    meId: meId(),
    now: options.clock.now(),
    prefs: options.prefs,
    push,
  }));
  scheduler?.start();
  return {
    dispatch,
    onPush: hub.subscribe,
    push,
    close() {
      scheduler?.stop();
      hub.clear();
      if (db.open) db.close();
    },
  };
}
