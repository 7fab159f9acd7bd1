// The browser host: `node out/web/bin.js`. Prints the URL to open as its first stdout line, then serves
// until SIGINT/SIGTERM. Settings come from the environment (see config.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { filePreferences, openCore } from '../core';
import { readWebConfig } from './config';
import { createWebHost } from './webHost';
import { stderrLogger } from './stderrLogger';
import { newToken } from './token';

async function main(): Promise<void> {
  const config = readWebConfig(process.env, import.meta.url);
  if (!existsSync(join(config.rendererDir, 'index.html'))) {
    stderrLogger.warn('web: no built renderer found; run `npm run build:web` first', {
      dir: config.rendererDir,
    });
  }

  const core = await openCore({
    dataDir: config.dataDir,
    prefs: filePreferences(join(config.dataDir, 'preferences.json')),
    logger: stderrLogger,
    demo: config.demo,
    hub: config.hub,
  });
  const host = await createWebHost({
    core,
    rendererDir: config.rendererDir,
    port: config.port,
    token: newToken(),
    logger: stderrLogger,
  }).catch((error: unknown) => {
    core.close();
    throw error;
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    stderrLogger.info('web: stopping', { signal });
    host
      .close()
      .finally(() => core.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // Printed only once the signal handlers are in place: whoever reads this line may stop us at once.
  process.stdout.write(`${host.url}\n`);
  stderrLogger.info('web: serving the desk', { dataDir: config.dataDir, rendererDir: config.rendererDir });
}

main().catch((error: unknown) => {
  stderrLogger.error('web: could not start', {
    error: error instanceof Error ? error.message : String(error),
  });
  process.exit(1);
});
