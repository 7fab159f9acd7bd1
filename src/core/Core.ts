import type { PushEnvelope, Reply } from '../shared/api';
import type { Clock, Logger, PreferencesPort } from './ports';
import type { Timers } from './scheduler/timers';
import type { HubCredentials } from './sync/deskSync';
import type { HubConnectionFactory } from './sync/hubConnection';

/** What every host (Electron main, the browser host, tests) gets from core. */
export interface Core {
  /** Validates the envelope and its args, runs the method, never throws: failures become error replies. */
  dispatch(request: unknown): Promise<Reply>;
  onPush(listener: (push: PushEnvelope) => void): () => void;
  close(): void;
}

export interface CoreOptions {
  /** Folder holding nara.sqlite, or ':memory:' for tests. */
  dataDir: string;
  prefs: PreferencesPort;
  clock?: Clock;
  /** What the scheduler (snooze wake-ups, promise reminders) and sync (retries) wait on; real, unref'd timers by default. */
  timers?: Timers;
  logger?: Logger;
  /** better_sqlite3.node built for the running runtime, when it is not Node's (Electron). */
  nativeBinding?: string;
  /** Size of the demo workspace made when the store is empty; false keeps an empty store. */
  demo?: { cases: number; seed: number } | false;
  /** A hub the desk signs in to by itself (NARA_HUB_URL, _EMAIL, _PASSWORD); agents can also connect in Settings. */
  hub?: HubCredentials | undefined;
  /** How the desk reaches a hub: HTTP and a WebSocket by default; tests pass an in-process or a faulty one. */
  hubConnection?: HubConnectionFactory;
  /** The jitter in sync's backoff; Math.random by default. */
  random?: () => number;
}
