import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { PUSH_MAX_MUTATIONS, SYNC_PROTOCOL_VERSION } from '../../shared/sync';
import type { Logger } from '../ports';
import type { Db } from '../store/openStore';
import { HubRequestError, type HubConnection } from './hubConnection';
import { dropConfirmed, nextBatch, recordPushResults } from './outboxQueue';
import { applyPulledRows, rebase } from './rebase';
import { readNumber, readSyncState, writeSyncState } from './syncState';
import { Touched } from './touched';

/** Mutations per push: well under the hub's limit, so one push stays a small request. */
export const PUSH_BATCH = 200;
/**
 * Rows per pull page. Each page is one transaction, and the desk serves nothing else meanwhile: at
 * 150 rows a page of the demo workspace took 10 ms (median) to write, pages of cases (15 indexes and
 * the search index each) about twice that; 500-row pages took 36 ms.
 */
export const PULL_PAGE = 150;

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
 * Pulls pages from the cursor until the hub has nothing newer. Each page is written in one
 * transaction; the last one also drops the changes the hub confirmed and re-applies the rest on top
 * (rebase.ts). Between pages the desk serves other requests.
 */
export async function pullChanges(
  round: RoundContext,
  onPage: (progress: PullProgress, touched: Touched) => void,
): Promise<Touched> {
  const { db } = round;
  const touched = new Touched();
  let cursor = readSyncState(db, 'hub_cursor');
  for (;;) {
    const page = await round.connection.pull(round.token, {
      protocol: SYNC_PROTOCOL_VERSION,
      clientId: round.clientId,
      cursor,
      limit: PULL_PAGE,
    });
    round.check();
    db.transaction(() => {
      applyPulledRows(db, page.changes, touched);
      if (!page.hasMore) {
        dropConfirmed(db, page.lastMutationSeq);
        rebase(db, round.meId, round.logger, touched);
      }
      writeSyncState(db, 'hub_cursor', page.nextCursor);
    })();
    const done = Math.min(Number(page.nextCursor), page.headVersion);
    onPage({ done, total: page.headVersion, last: !page.hasMore }, touched);
    if (!page.hasMore) return touched;
    cursor = page.nextCursor;
    await yieldToLoop();
    round.check();
  }
}
