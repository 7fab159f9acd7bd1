import { createClient, type ApiClient } from '../src/shared/api';
import { memoryPreferences, openCore, type Core, type Logger } from '../src/core';

/** Core's warnings would interleave with the progress lines; errors still show. */
const quietLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: (message, data) => console.error(`[core] ${message}`, data ?? ''),
};

export interface InProcessCore {
  core: Core;
  /** The same typed client the renderer uses, on a transport that calls the dispatcher directly. */
  api: ApiClient;
}

/** The real core (dispatcher, commands, queries) over a private copy of a dataset, in this process. */
export async function openInProcessCore(dataDir: string): Promise<InProcessCore> {
  const core = await openCore({ dataDir, prefs: memoryPreferences(), logger: quietLogger, demo: false });
  const api = createClient({ request: (envelope) => core.dispatch(envelope), onPush: core.onPush });
  return { core, api };
}
