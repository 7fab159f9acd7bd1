import type {
  LoginRequest,
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  Session,
  SyncErrorCode,
} from '../../shared/sync';

/**
 * The port through which the desk talks to its hub (src/shared/sync/protocol.ts). The app uses HTTP
 * and a WebSocket (httpHubConnection.ts); tests use an in-process hub or a fake, and wrap either to
 * lose, repeat or reorder messages.
 */
export interface HubConnection {
  login(request: LoginRequest): Promise<Session>;
  logout(token: string): Promise<void>;
  push(token: string, request: PushRequest): Promise<PushResponse>;
  pull(token: string, request: PullRequest): Promise<PullResponse>;
  /** Opens the live channel: every poke means "pull now". It does not reconnect by itself. */
  live(token: string, events: LiveEvents): LiveChannel;
}

export interface LiveEvents {
  onOpen(): void;
  onPoke(): void;
  /** The channel closed or could not open; `sessionEnded`: the hub says log in again. */
  onClose(sessionEnded: boolean): void;
}

export interface LiveChannel {
  close(): void;
}

/** Makes the connection to the hub at `url` (the address the agent typed, e.g. https://hub.example.org). */
export type HubConnectionFactory = (url: string) => HubConnection;

/**
 * Why a request to the hub failed, as the desk acts on it:
 * - `unreachable`: no answer, or the hub says "later" (retryable); try again with backoff.
 * - `unauthorized`: the session is unknown or expired; log in again, keep the outbox.
 * - `refused`: retrying the same request cannot help (bad request, protocol version, too large).
 */
export type HubFailureKind = 'unreachable' | 'unauthorized' | 'refused';

export class HubRequestError extends Error {
  constructor(
    readonly kind: HubFailureKind,
    message: string,
    /** The hub's code when it answered with one. */
    readonly code: SyncErrorCode | null = null,
  ) {
    super(message);
    this.name = 'HubRequestError';
  }
}
