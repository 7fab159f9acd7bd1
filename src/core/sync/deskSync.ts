import { ApiError, type PushEnvelope } from '../../shared/api';
import type { HubAccount, RejectedChange } from '../../shared/api/methods/sync';
import type { SyncState, SyncStatus } from '../../shared/domain';
import { countPendingOutbox } from '../commands/outbox';
import type { Push } from '../dispatch/handlerTypes';
import type { Clock, Logger } from '../ports';
import type { Timers } from '../scheduler/timers';
import { getMeta } from '../store/meta';
import type { Db } from '../store/openStore';
import { announcePulled } from './announcePulled';
import { backoffDelay } from './backoff';
import { normalizeHubUrl } from './httpHubConnection';
import { HubRequestError, type HubConnection, type HubConnectionFactory } from './hubConnection';
import { LiveLink } from './liveLink';
import { countRejections, dismissRejection, listRejections } from './outboxQueue';
import { pullChanges, pushOutbox, type RoundContext } from './syncRound';
import { clearSyncState, readAccount, readNumber, readSyncState, writeSyncState } from './syncState';
import { refuseToLoseWork, signIn } from './signIn';
import { resetWorkspace, resumeReset } from './workspaceReset';

/** The hub and sign-in from the host's environment (NARA_HUB_URL, NARA_HUB_EMAIL, NARA_HUB_PASSWORD). */
export interface HubCredentials {
  url: string;
  email: string;
  password: string;
}

export interface DeskSyncOptions {
  db: Db;
  clock: Clock;
  timers: Timers;
  logger: Logger;
  connect: HubConnectionFactory;
  /** To every window, and to the scheduler (pulled promises and snoozes may move its next wake-up). */
  push: Push;
  /** The desk's agent changed: a new account's workspace replaced the old one. */
  onAgentChanged(agentId: string): void;
  /** When given, the desk signs in by itself, also again when its session ends. Kept in memory only. */
  credentials?: HubCredentials | undefined;
  random?: () => number;
}

/** Without the live channel (a proxy may refuse WebSockets) the desk still pulls this often. */
export const POLL_WITHOUT_LIVE_MS = 60_000;

/** Thrown inside a round that was called off; never shown. */
class RoundCancelled extends Error {}

/**
 * The desk's side of sync: signs in, drains the outbox (one push in flight), pulls and rebases, keeps
 * the live channel open, retries with backoff, and tells every window how it stands ('sync.status').
 * Everything it does on its own is started through `timers`, so tests decide when it happens.
 */
export class DeskSync {
  private state: SyncState = 'local';
  private message: string | null = null;
  private progress: SyncStatus['progress'];
  private connection: HubConnection | null = null;
  private failures = 0;
  private cancelRetry: (() => void) | null = null;
  private cancelScheduled: (() => void) | null = null;
  private cancelPoll: (() => void) | null = null;
  private chain: Promise<void> = Promise.resolve();
  /** Bumped whenever the session changes or the desk stops: rounds of an older one are called off. */
  private generation = 0;
  private stopped = false;
  private pushingStatus = false;
  private readonly live: LiveLink;
  private readonly random: () => number;

  constructor(private readonly options: DeskSyncOptions) {
    this.random = options.random ?? Math.random;
    this.live = new LiveLink({
      timers: options.timers,
      random: this.random,
      onOpen: () => this.nudge('hub'),
      onPoke: () => this.nudge('hub'),
      onSessionEnded: () => void this.sessionEnded(),
    });
  }

  /** Finishes an interrupted workspace replacement, then resumes the stored session or signs in. */
  async start(): Promise<void> {
    const { db } = this.options;
    if (await resumeReset(db, this.options.clock.now())) this.agentChanged();
    const account = readAccount(db);
    const token = readSyncState(db, 'hub_token');
    const credentials = this.options.credentials;
    const stale =
      credentials !== undefined &&
      (account === null || token === null || account.email !== credentials.email.trim());
    if (stale) return this.signInFromEnvironment();
    if (account !== null && token !== null) return this.resume(account, token);
    if (account !== null && readSyncState(db, 'session_ended') !== null) this.setState('login_required');
  }

  stop(): void {
    this.stopped = true;
    this.endSession();
  }

  status(): SyncStatus {
    const { db } = this.options;
    // A round that was under way when the desk closed still ends with a status nobody reads.
    if (!db.open) return { state: this.state, pending: 0, lastSyncedAt: null, message: this.message };
    const rejected = countRejections(db);
    return {
      state: this.state,
      pending: countPendingOutbox(db),
      lastSyncedAt: readNumber(db, 'last_synced_at'),
      message: this.message,
      ...(this.progress === undefined ? {} : { progress: this.progress }),
      ...(rejected > 0 ? { rejected } : {}),
    };
  }

  account(): HubAccount | null {
    return readAccount(this.options.db);
  }

  rejections(): RejectedChange[] {
    return listRejections(this.options.db);
  }

  dismissRejection(seq: number): void {
    if (!dismissRejection(this.options.db, seq))
      throw new ApiError('not_found', 'There is no such refused change.');
    this.pushStatus();
  }

  /** Signs in at the hub; replaces the workspace when it is not this account's (see workspaceReset.ts). */
  async connect(
    input: HubCredentials,
  ): Promise<{ status: SyncStatus; account: HubAccount; workspaceReplaced: boolean }> {
    const { db } = this.options;
    const url = normalizeHubUrl(input.url);
    const connection = this.options.connect(url);
    const session = await signIn(connection, input);
    const account: HubAccount = {
      url,
      email: input.email.trim(),
      agentId: session.agent.id,
      agentName: session.agent.name,
    };
    const workspaceReplaced = readAccount(db)?.agentId !== account.agentId;
    if (workspaceReplaced) {
      await refuseToLoseWork(db, connection, session.token);
      this.endSession();
      await resetWorkspace(db, account, session, this.options.clock.now());
      this.agentChanged();
    }
    db.transaction(() => {
      writeSyncState(db, 'hub_account', JSON.stringify(account));
      writeSyncState(db, 'hub_token', session.token);
      writeSyncState(db, 'capture', '1');
      clearSyncState(db, 'session_ended');
    })();
    this.resume(account, session.token, connection);
    return { status: this.status(), account, workspaceReplaced };
  }

  /** Signs out: the desk keeps its data and outbox and works locally until it connects again. */
  async disconnect(): Promise<SyncStatus> {
    const { db } = this.options;
    const token = readSyncState(db, 'hub_token');
    const connection = this.connection;
    this.endSession();
    clearSyncState(db, 'hub_token');
    this.setState('local');
    if (token !== null && connection !== null) await connection.logout(token).catch(() => undefined);
    return this.status();
  }

  /** A push and pull now, after any round already under way. */
  syncNow(): Promise<SyncStatus> {
    const round = this.chain.then(() => this.round());
    this.chain = round.catch(() => undefined);
    return round.then(() => this.status());
  }

  /** Every push core sends: one of its own commands (or the scheduler's) ends with a 'sync.status'. */
  observe(push: PushEnvelope): void {
    if (push.event === 'sync.status' && !this.pushingStatus) this.nudge('local');
  }

  private resume(account: HubAccount, token: string, connection?: HubConnection): void {
    this.endSession();
    this.connection = connection ?? this.options.connect(account.url);
    this.setState('syncing');
    this.live.start(this.connection, token);
    this.schedule();
  }

  /** Calls off whatever the current session was doing. */
  private endSession(): void {
    this.generation += 1;
    this.live.stop();
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    this.cancelPoll?.();
    this.cancelPoll = null;
    this.connection = null;
    this.progress = undefined;
  }

  /** Local change: sync soon, unless waiting out a backoff. Hub poke or reconnect: sync now. */
  private nudge(from: 'local' | 'hub'): void {
    if (this.stopped || this.connection === null) return;
    if (this.cancelRetry !== null) {
      if (from === 'local') return this.pushStatus();
      this.cancelRetry();
      this.cancelRetry = null;
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.cancelScheduled !== null || this.stopped) return;
    this.cancelScheduled = this.options.timers.set(() => {
      this.cancelScheduled = null;
      this.syncNow().catch((error: unknown) => this.failed(error));
    }, 0);
  }

  private async round(): Promise<void> {
    const { db, logger } = this.options;
    // A round queued behind one under way when the desk closed: the store is gone, nothing to do.
    if (this.stopped || !db.open) return;
    const token = readSyncState(db, 'hub_token');
    const connection = this.connection;
    const clientId = getMeta(db, 'client_id');
    const meId = getMeta(db, 'me_agent_id');
    if (this.stopped || connection === null || token === null || clientId === null || meId === null) return;
    const generation = this.generation;
    const round: RoundContext = {
      db,
      connection,
      token,
      clientId,
      meId,
      logger,
      check: () => {
        if (this.stopped || generation !== this.generation) throw new RoundCancelled();
      },
    };
    const firstSync = readNumber(db, 'last_synced_at') === null;
    let announcedAt = 0;
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.cancelPoll?.();
    this.cancelPoll = null;
    // The Sync region is a live region: routine rounds keep its words ("Synced 12:04", "Offline — 2
    // changes waiting") until the outcome changes them, so a screen reader does not hear every round.
    if (firstSync && this.state !== 'syncing') this.setState('syncing');
    try {
      await pushOutbox(round);
      await pullChanges(round, (progress, soFar) => {
        if (firstSync) {
          this.progress = progress.last ? undefined : { done: progress.done, total: progress.total };
          this.pushStatus();
        }
        // A first sync shows its cases as they come, but lists refetch at most once a second.
        const now = this.options.clock.now();
        if (progress.last || now - announcedAt >= 1_000) {
          announcedAt = now;
          announcePulled(this.options.push, soFar, progress.last);
        }
      });
      this.failures = 0;
      writeSyncState(db, 'last_synced_at', String(this.options.clock.now()));
      this.setState('synced');
      if (!this.live.open) {
        this.cancelPoll = this.options.timers.set(() => {
          this.cancelPoll = null;
          this.schedule();
        }, POLL_WITHOUT_LIVE_MS);
      }
    } catch (error) {
      if (error instanceof RoundCancelled || generation !== this.generation) return;
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    if (error instanceof HubRequestError && error.kind === 'unauthorized') return void this.sessionEnded();
    this.failures += 1;
    if (error instanceof HubRequestError) {
      this.setState(
        error.kind === 'unreachable' ? 'offline' : 'error',
        error.kind === 'refused' ? error.message : null,
      );
    } else {
      this.options.logger.error('Sync failed on this desk', {
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      this.setState('error', 'Sync failed on this desk; the details were logged.');
    }
    this.retryIn(backoffDelay(this.failures, this.random), () => this.schedule());
  }

  private retryIn(delayMs: number, run: () => void): void {
    this.cancelRetry?.();
    this.cancelRetry = this.options.timers.set(() => {
      this.cancelRetry = null;
      run();
    }, delayMs);
  }

  /** The hub no longer knows the session: ask for the password again (the outbox stays), or use the host's. */
  private async sessionEnded(): Promise<void> {
    const { db } = this.options;
    this.endSession();
    clearSyncState(db, 'hub_token');
    writeSyncState(db, 'session_ended', '1');
    this.setState('login_required');
    if (this.options.credentials === undefined) return;
    // The host's credentials sign in again, after a backoff: a hub refusing every session is not hammered.
    this.failures += 1;
    this.retryIn(backoffDelay(this.failures, this.random), () => void this.signInFromEnvironment());
  }

  private async signInFromEnvironment(): Promise<void> {
    const credentials = this.options.credentials;
    if (credentials === undefined || this.stopped) return;
    const generation = this.generation;
    try {
      await this.connect(credentials);
    } catch (error) {
      if (this.stopped || generation !== this.generation) return;
      const code = error instanceof ApiError ? error.code : 'internal';
      const message = error instanceof Error ? error.message : String(error);
      if (code === 'unauthorized') return this.setState('login_required', message);
      this.failures += 1;
      this.setState(code === 'offline' ? 'offline' : 'error', code === 'offline' ? null : message);
      this.retryIn(backoffDelay(this.failures, this.random), () => void this.signInFromEnvironment());
    }
  }

  private agentChanged(): void {
    const agentId = getMeta(this.options.db, 'me_agent_id');
    if (agentId !== null) this.options.onAgentChanged(agentId);
    this.options.push('cases.invalidated', {});
  }

  private setState(state: SyncState, message: string | null = null): void {
    this.state = state;
    this.message = message;
    this.pushStatus();
  }

  private pushStatus(): void {
    if (this.stopped) return;
    this.pushingStatus = true;
    try {
      this.options.push('sync.status', this.status());
    } finally {
      this.pushingStatus = false;
    }
  }
}
