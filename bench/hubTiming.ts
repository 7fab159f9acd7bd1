import type { HubDb } from '../src/server/db/port';
import type { HubConnection } from '../src/core/sync/hubConnection';

/** Milliseconds spent inside a wrapped object's calls, and how many calls there were. */
export class Stopwatch {
  ms = 0;
  calls = 0;

  async time<T>(work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.ms += performance.now() - start;
      this.calls += 1;
    }
  }
}

/**
 * The hub's database port with the time spent in it counted: every top-level query and transaction (the
 * queries inside a transaction are part of it). Tells the hub's SQL apart from its HTTP and JSON work.
 */
export function timedHubDb(db: HubDb, watch: Stopwatch): HubDb {
  return {
    kind: db.kind,
    query: (text, params) => watch.time(() => db.query(text, params)),
    exec: (text) => watch.time(() => db.exec(text)),
    transaction: (work, options) => watch.time(() => db.transaction(work, options)),
    listen: (channel, onPayload) => db.listen(channel, onPayload),
    close: () => db.close(),
  };
}

export interface PullTally {
  watch: Stopwatch;
  pages: number;
  rows: number;
}

/** The desk's connection with its pulls timed: request to validated reply (hub, network, JSON, schema). */
export function timedPulls(connection: HubConnection, tally: PullTally): HubConnection {
  return {
    ...connection,
    pull: async (token, request) => {
      const page = await tally.watch.time(() => connection.pull(token, request));
      tally.pages += 1;
      tally.rows += page.changes.length;
      return page;
    },
  };
}
