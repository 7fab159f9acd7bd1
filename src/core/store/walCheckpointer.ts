import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../ports';
import type { Db } from './openStore';

/**
 * Copies the write-ahead log into the database file on a worker thread, with its own connection, so no
 * commit on the serving thread waits for a checkpoint and its fsync. SQLite otherwise checkpoints inside
 * the commit that fills the log past 1,000 pages: a first sync wrote a million rows and spent about a
 * quarter of its time there (bench: core.bulk.rate), and a triage action that happened to be that commit
 * waited too. A PASSIVE checkpoint never blocks the writer; the log restarts from the top once copied.
 */

/** How often the worker looks for new log frames (a look at the log's header when there are none). */
const INTERVAL_MS = 250;
/**
 * The serving thread's own automatic checkpoint, a fallback should the worker fall behind or stop: far
 * above what the worker leaves in the log (40 MB of 4 KB pages).
 */
const FALLBACK_PAGES = 10_000;
const DEFAULT_PAGES = 1000;

// Plain CommonJS run by the worker (eval: no file to ship in the app bundle or the browser host's).
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {});
db.pragma('busy_timeout = 100');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  /** Stops the worker: it checkpoints once more and closes its connection. */
  close(): Promise<void>;
}

export function startWalCheckpointer(
  db: Db,
  path: string,
  nativeBinding: string | undefined,
  logger: Logger,
): WalCheckpointer {
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      module: createRequire(import.meta.url).resolve('better-sqlite3'),
      path,
      nativeBinding,
      intervalMs: INTERVAL_MS,
    },
  });
  // A desk that quits does not wait for the worker's next look.
  worker.unref();
  db.pragma(`wal_autocheckpoint = ${FALLBACK_PAGES}`);
  const fallBack = () => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_PAGES}`);
  };
  worker.on('message', (message: { error?: string }) => {
    if (message.error !== undefined) logger.warn('A background checkpoint failed', { error: message.error });
  });
  worker.on('error', (error) => {
    logger.error('The checkpoint worker stopped; commits checkpoint again', { error: error.message });
    fallBack();
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    close() {
      fallBack();
      // Held until it has closed its connection: a caller awaiting this must not see the process end first.
      worker.ref();
      worker.postMessage('close');
      return exited;
    },
  };
}
