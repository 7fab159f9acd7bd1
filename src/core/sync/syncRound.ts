import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { PUSH_MAX_MUTATIONS, SYNC_PROTOCOL_VERSION } from '../../shared/sync';
import type { Logger } from '../ports';
import type { Db } from '../store/openStore';
import { ChunkSizer } from '../store/chunkSizer';
import { deferSearchIndex, workOffSearchBacklog } from '../store/searchBacklog';
import { HubRequestError, type HubConnection } from './hubConnection';
import { dropConfirmed, nextBatch, recordPushResults } from './outboxQueue';
import { applyPulledRows, rebase } from './rebase';
import { readNumber, readSyncState, writeSyncState } from './syncState';
import { Touched } from './touched';

/** Mutations per push: well under the hub's limit, so one push stays a small request. */
export const PUSH_BATCH = 200;
/**
 * Rows asked for per pull page: few requests for a first sync, and a page the desk holds in memory
 * comfortably. A page is written in transactions sized by WRITE_CHUNK.
 */
export const PULL_PAGE = 1000;

/**
 * Rows per write transaction of a pulled page. The desk serves nothing else while one runs, so the
 * size follows the time (chunkSizer.ts): a row of cases (15 indexes) costs several of contact points,
 * and a first sync's rows (search index built after) far less than a later pull's. Large chunks
 * matter: at 150 rows a commit cost as much as writing the rows (bench: core.bulk.rate).
 */
export const WRITE_CHUNK = { first: 200, min: 20, max: 5000, budgetMs: 20 } as const;

/** One sync round's view of the desk: what it may use, and whether it is still wanted. */
export interface RoundContext {
  db: Db;
  connection: HubConnection;
  token: string;
  clientId: string;
  meId: string;
  logger: Logger;
  /** Throws when the round was called off (the desk stopped, signed out, or another account signed in). */
  check(): void;
}

/**
 * Sends the outbox, oldest first, one request at a time, until the hub has processed all of it.
 * Refused changes are marked and the queue moves on; a batch too large for the hub is halved.
 */
export async function pushOutbox(round: RoundContext): Promise<void> {
  const { db } = round;
  let limit = Math.min(PUSH_BATCH, PUSH_MAX_MUTATIONS);
  for (;;) {
    const batch = nextBatch(db, limit);
    const first = batch[0];
    if (first === undefined) return;
    let response;
    try {
      response = await round.connection.push(round.token, {
        protocol: SYNC_PROTOCOL_VERSION,
        clientId: round.clientId,
        mutations: batch,
      });
    } catch (error) {
      if (error instanceof HubRequestError && error.code === 'too_large' && limit > 1) {
        limit = Math.ceil(limit / 2);
        continue;
      }
      throw error;
    }
    round.check();
    const before = readNumber(db, 'hub_acked_seq') ?? 0;
    recordPushResults(db, response);
    if (response.lastAppliedSeq < first.seq - 1) {
      throw new HubRequestError(
        'refused',
        `The hub is missing changes ${response.lastAppliedSeq + 1}–${first.seq - 1} of this desk ` +
          '(it may have been restored from a backup); they cannot be sent again.',
      );
    }
    if ((readNumber(db, 'hub_acked_seq') ?? 0) <= before) {
      throw new HubRequestError('refused', 'The hub took none of the changes this desk sent.');
    }
  }
}

export interface PullProgress {
  /** Hub versions pulled so far, and the hub's newest version. */
  done: number;
  total: number;
  /** This page finished the pull. */
  last: boolean;
}

/**
 * Pulls pages from the cursor until the hub has nothing newer. A page is written in one or more
 * transactions (the event loop free between them); the one that ends the page moves the cursor, so an
 * interrupted page is pulled again and its rows, written by id, come out the same. The last page also
 * drops the changes the hub confirmed and re-applies the rest on top (rebase.ts).
 */
export async function pullChanges(
  round: RoundContext,
  onPage: (progress: PullProgress, touched: Touched) => void,
): Promise<Touched> {
  const { db } = round;
  const touched = new Touched();
  let cursor = readSyncState(db, 'hub_cursor');
  // A first sync writes the whole workspace: its search index is built after the rows, not with each.
  let defer = cursor === null;
  const chunk = new ChunkSizer(WRITE_CHUNK);
  for (;;) {
    const page = await round.connection.pull(round.token, {
      protocol: SYNC_PROTOCOL_VERSION,
      clientId: round.clientId,
      cursor,
      limit: PULL_PAGE,
    });
    // Parsing and checking the page took a while of its own: other requests go first.
    await yieldToLoop();
    round.check();
    for (let from = 0; ;) {
      const to = Math.min(page.changes.length, from + chunk.size);
      const started = performance.now();
      db.transaction(() => {
        if (defer) deferSearchIndex(db);
        applyPulledRows(db, page.changes.slice(from, to), touched);
        if (to < page.changes.length) return;
        if (!page.hasMore) {
          dropConfirmed(db, page.lastMutationSeq);
          rebase(db, round.meId, round.logger, touched);
        }
        writeSyncState(db, 'hub_cursor', page.nextCursor);
      })();
      // Marked in the transaction that wrote the first rows, so a crash cannot leave one without the other.
      defer = false;
      chunk.record(to - from, performance.now() - started);
      if (to === page.changes.length) break;
      from = to;
      await yieldToLoop();
      round.check();
    }
    const done = Math.min(Number(page.nextCursor), page.headVersion);
    onPage({ done, total: page.headVersion, last: !page.hasMore }, touched);
    if (!page.hasMore) {
      // The rows are shown; the round ends when search finds them too (also an interrupted sync's).
      await workOffSearchBacklog(db);
      return touched;
    }
    cursor = page.nextCursor;
    await yieldToLoop();
    round.check();
  }
}
