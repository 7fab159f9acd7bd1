import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import {
  PullResponse,
  SYNC_PROTOCOL_VERSION,
  syncTables,
  type Mutation,
  type PullRequest,
  type PushResponse,
} from '../../../src/shared/sync';
import type { AuthAgent } from '../../../src/server/accounts/sessions';
import type { HubContext } from '../../../src/server/hubContext';
import { createAppliers, type Appliers, type ApplyHooks } from '../../../src/server/sync/apply';
import { processPull } from '../../../src/server/sync/pull';
import { processPush } from '../../../src/server/sync/push';
import { T0 } from './testHub';

/** A desk as far as the hub can tell: a client id, an outbox sequence, pushes and pulls. */
export class TestDesk {
  readonly clientId = uuidv7();
  private seq = 0;
  readonly appliers: Appliers;

  constructor(
    readonly hub: HubContext,
    readonly agent: AuthAgent,
    hooks: Partial<ApplyHooks> = {},
  ) {
    this.appliers = createAppliers({ onReply: hooks.onReply ?? (async () => undefined) });
  }

  /** The next outbox entry (not sent yet). */
  mutation(name: string, args: Record<string, unknown>, createdAt = T0): Mutation {
    this.seq += 1;
    return { id: uuidv7(), seq: this.seq, name, args, createdAt };
  }

  push(mutations: Mutation[]): Promise<PushResponse> {
    return processPush(this.hub, this.appliers, this.agent, {
      protocol: SYNC_PROTOCOL_VERSION,
      clientId: this.clientId,
      mutations,
    });
  }

  async pull(cursor: string | null, limit = 1000): Promise<PullResponse> {
    const request: PullRequest = { protocol: SYNC_PROTOCOL_VERSION, clientId: this.clientId, cursor, limit };
    // Validated like the desk will: every row must match the shared row schemas.
    return PullResponse.parse(await processPull(this.hub, this.agent, request));
  }

  /** Every page from `cursor` to the end. */
  async pullAll(
    cursor: string | null = null,
    limit = 1000,
  ): Promise<{ pages: PullResponse[]; cursor: string }> {
    const pages: PullResponse[] = [];
    let next = cursor;
    for (;;) {
      const page = await this.pull(next, limit);
      pages.push(page);
      next = page.nextCursor;
      if (!page.hasMore) return { pages, cursor: next };
    }
  }
}

/** A fingerprint of everything the hub holds that a desk could see, change feed included. */
export async function hubStateHash(hub: HubContext): Promise<string> {
  const hash = createHash('sha256');
  for (const table of [...syncTables, 'change_log', 'person_teams'] as const) {
    const order = table === 'change_log' ? 'version' : table === 'person_teams' ? 'person_id, team_id' : 'id';
    const rows = await hub.db.query(`SELECT * FROM ${table} ORDER BY ${order}`);
    hash.update(table).update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}
