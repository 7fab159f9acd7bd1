import { v7 as uuidv7 } from 'uuid';
import { HubRequestError, type HubConnection, type LiveEvents } from '../../../src/core/sync/hubConnection';
import {
  SYNC_PROTOCOL_VERSION,
  syncTables,
  type Mutation,
  type PullRequest,
  type PullResponse,
  type PushResponse,
  type PushResult,
  type RowChange,
  type Session,
  type SyncRow,
  type SyncTable,
} from '../../../src/shared/sync';

/** 10 March 2026, 09:00 UTC. */
export const T0 = Date.UTC(2026, 2, 10, 9, 0);
export const PASSWORD = 'rätt lösenord';

type Failure = 'unreachable' | 'unauthorized' | 'refused';

/**
 * A hub as far as one desk can tell, in memory: it signs in, serves the rows a test puts in it by
 * version, and answers pushes as the test decides (all applied unless told otherwise). It does not
 * apply mutations itself: a test that wants the hub's state to change puts the rows.
 */
export class FakeHub implements HubConnection {
  readonly teamId = uuidv7();
  readonly agent = { id: uuidv7(), name: 'Maja Lindqvist', email: 'maja@hub.example', teamId: this.teamId };
  readonly colleague = { id: uuidv7(), name: 'Ole Nørgaard', email: 'ole@hub.example', teamId: this.teamId };
  private version = 0;
  private readonly rows = new Map<string, RowChange>();
  private readonly tokens = new Set<string>();
  /** Every push request, as sent. */
  readonly pushes: Mutation[][] = [];
  readonly pulls: PullRequest[] = [];
  lastSeq = 0;
  /** Failures the next requests meet, in order (login, push, pull alike). */
  readonly failures: Failure[] = [];
  /** Decides each new mutation's fate; applied by default. */
  judge: (mutation: Mutation) => Pick<PushResult, 'status' | 'code' | 'reason'> = () => ({
    status: 'applied',
  });
  /** Highest seq whose effects the pulled state holds; by default everything processed. */
  confirmedSeq: number | null = null;
  liveEvents: LiveEvents | null = null;
  /** At most this many rows per pull page, whatever the desk asks for. */
  pageSize = 1000;
  /** Runs for every applied mutation: a test puts the rows the hub would have written. */
  onApplied: (mutation: Mutation) => void = () => undefined;

  constructor() {
    this.put('teams', { id: this.teamId, name: 'Kundservice Malmö' });
    this.put('agents', {
      id: this.agent.id,
      name: this.agent.name,
      email: this.agent.email,
      team_id: this.teamId,
    });
    this.put('agents', {
      id: this.colleague.id,
      name: this.colleague.name,
      email: this.colleague.email,
      team_id: this.teamId,
    });
  }

  put<T extends SyncTable>(table: T, row: SyncRow<T>): void {
    this.version += 1;
    this.rows.set(`${table}:${row.id}`, { table, version: this.version, row } as RowChange);
  }

  get head(): number {
    return this.version;
  }

  /** Ends every session: the next request is answered 401. */
  expireSessions(): void {
    this.tokens.clear();
  }

  private failIfTold(): void {
    const failure = this.failures.shift();
    if (failure !== undefined) throw new HubRequestError(failure, `fake hub: ${failure}`);
  }

  private authorize(token: string): void {
    this.failIfTold();
    if (!this.tokens.has(token)) throw new HubRequestError('unauthorized', 'Log in again.', 'unauthorized');
  }

  async login(request: { email: string; password: string }): Promise<Session> {
    this.failIfTold();
    if (request.email !== this.agent.email || request.password !== PASSWORD) {
      throw new HubRequestError('unauthorized', 'The e-mail or the password is wrong.', 'unauthorized');
    }
    const token = uuidv7();
    this.tokens.add(token);
    return {
      token,
      expiresAt: T0 + 86_400_000,
      agent: this.agent,
      teams: [{ id: this.teamId, name: 'Kundservice Malmö' }],
      protocol: SYNC_PROTOCOL_VERSION,
    };
  }

  async logout(token: string): Promise<void> {
    this.tokens.delete(token);
  }

  async push(token: string, request: { mutations: Mutation[] }): Promise<PushResponse> {
    this.authorize(token);
    this.pushes.push(request.mutations);
    const results: PushResult[] = [];
    for (const mutation of request.mutations) {
      if (mutation.seq <= this.lastSeq) {
        results.push({ seq: mutation.seq, id: mutation.id, status: 'duplicate' });
        continue;
      }
      const outcome = this.judge(mutation);
      results.push({ seq: mutation.seq, id: mutation.id, ...outcome });
      if (outcome.status === 'applied') this.onApplied(mutation);
      this.lastSeq = mutation.seq;
    }
    return { results, lastAppliedSeq: this.lastSeq };
  }

  async pull(token: string, request: PullRequest): Promise<PullResponse> {
    this.authorize(token);
    this.pulls.push(request);
    const cursor = request.cursor === null ? 0 : Number(request.cursor);
    const newer = [...this.rows.values()]
      .filter((c) => c.version > cursor)
      .sort((a, b) => a.version - b.version);
    const page = newer.slice(0, Math.min(request.limit, this.pageSize));
    const hasMore = newer.length > page.length;
    const nextCursor = hasMore ? (page.at(-1) as RowChange).version : this.version;
    const changes = [...page].sort(
      (a, b) => syncTables.indexOf(a.table) - syncTables.indexOf(b.table) || a.version - b.version,
    );
    return {
      changes,
      nextCursor: String(nextCursor),
      hasMore,
      headVersion: this.version,
      lastMutationSeq: this.confirmedSeq ?? this.lastSeq,
    };
  }

  live(token: string, events: LiveEvents): { close(): void } {
    if (this.tokens.has(token)) {
      this.liveEvents = events;
      events.onOpen();
    } else {
      events.onClose(true);
    }
    return { close: () => (this.liveEvents = null) };
  }
}
