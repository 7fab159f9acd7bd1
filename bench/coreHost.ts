import { createClient, type ApiClient } from '../src/shared/api';
import { memoryPreferences, openCore, type Core } from '../src/core';
import { quietLogger } from './quietLogger';

const logger = quietLogger('core');

export interface InProcessCore {
  core: Core;
  /** The same typed client the renderer uses, on a transport that calls the dispatcher directly. */
  api: ApiClient;
}

/** The real core (dispatcher, commands, queries) over a private copy of a dataset, in this process. */
export async function openInProcessCore(dataDir: string): Promise<InProcessCore> {
  const core = await openCore({ dataDir, prefs: memoryPreferences(), logger, demo: false });
  const api = createClient({ request: (envelope) => core.dispatch(envelope), onPush: core.onPush });
  return { core, api };
}
