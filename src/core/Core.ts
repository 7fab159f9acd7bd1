import type { PushEnvelope, Reply } from '../shared/api';
import type { Clock, Logger, PreferencesPort } from './ports';

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
  logger?: Logger;
  /** better_sqlite3.node built for the running runtime, when it is not Node's (Electron). */
  nativeBinding?: string;
  /** Size of the demo workspace made when the store is empty; false keeps an empty store. */
  demo?: { cases: number; seed: number } | false;
}
