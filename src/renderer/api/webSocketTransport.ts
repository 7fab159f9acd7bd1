import { MAX_REQUEST_BYTES, PushEnvelope, Reply } from '../../shared/api/envelopes';
import type { ErrorCode, RequestEnvelope, Transport } from '../../shared/api';
import { utf8BytesExceed } from './utf8Size';

/** The parts of a browser WebSocket the transport uses, so tests can hand it a fake. */
export interface SocketLike {
  send(data: string): void;
  close(): void;
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: (() => void) | null;
  onerror: (() => void) | null;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** 'unauthorized': the host refuses our token (it restarted with a new one); retrying cannot help. */
export type ConnectionState = 'connecting' | 'open' | 'offline' | 'unauthorized';

/** Long enough for the slowest honest answer (a big search, a first sync); a lost reply still ends. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

export interface WebSocketTransportOptions {
  url: string;
  createSocket: (url: string) => SocketLike;
  timers: Timers;
  /**
   * Asks the host over plain HTTP whether it refuses our token, after an attempt that failed before
   * opening: a browser cannot read why an upgrade failed. Without it, a refusal looks like being offline.
   */
  isTokenRefused?: () => Promise<boolean>;
  /** First retry delay; doubles on each failed attempt up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A request with no reply after this long fails as offline. */
  requestTimeoutMs?: number;
}

interface Pending {
  resolve: (reply: Reply) => void;
  timer: unknown;
  /** The frame while it waits for the socket to open; null once sent. */
  queued: string | null;
}

function errorReply(id: RequestEnvelope['id'], code: ErrorCode, message: string): Reply {
  return { id, ok: false, error: { code, message } };
}

const lostMessage = 'The connection to the desk was lost.';
const refusedMessage = 'The desk no longer accepts this tab: open the link the host printed.';

/**
 * The browser host's transport: JSON envelopes over one WebSocket. Replies are matched to requests
 * by id. No request hangs: when the socket drops, pending requests fail as `offline` and it reconnects
 * with exponential backoff; a request with no reply within the timeout fails as `offline` too; one too
 * large for the host is refused before it is sent. Requests made before the first connection are queued
 * until it opens. When the host refuses our token, the transport stops and says 'unauthorized'.
 */
export class WebSocketTransport implements Transport {
  private socket: SocketLike | null = null;
  private state: ConnectionState = 'connecting';
  private readonly pending = new Map<RequestEnvelope['id'], Pending>();
  private readonly pushListeners = new Set<(push: PushEnvelope) => void>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private attempt = 0;
  private everOpened = false;
  private retryHandle: unknown = null;
  private closed = false;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly requestTimeoutMs: number;

  constructor(private readonly options: WebSocketTransportOptions) {
    this.initialBackoffMs = options.initialBackoffMs ?? 250;
    this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.connect();
  }

  request(envelope: RequestEnvelope): Promise<Reply> {
    const frame = JSON.stringify(envelope);
    // The host would refuse it anyway; measured here, nothing that large is ever put on the wire.
    if (utf8BytesExceed(frame, MAX_REQUEST_BYTES)) {
      return Promise.resolve(
        errorReply(envelope.id, 'too_large', `A request may hold at most ${MAX_REQUEST_BYTES} bytes.`),
      );
    }
    if (this.state === 'unauthorized') {
      return Promise.resolve(errorReply(envelope.id, 'unauthorized', refusedMessage));
    }
    if (this.closed || this.state === 'offline') {
      return Promise.resolve(errorReply(envelope.id, 'offline', lostMessage));
    }
    return new Promise<Reply>((resolve) => {
      const timer = this.options.timers.setTimeout(() => {
        if (!this.pending.delete(envelope.id)) return;
        const seconds = Math.round(this.requestTimeoutMs / 1000);
        resolve(
          errorReply(envelope.id, 'offline', `Timed out: the desk did not answer within ${seconds} s.`),
        );
      }, this.requestTimeoutMs);
      const sendNow = this.state === 'open' && this.socket !== null;
      this.pending.set(envelope.id, { resolve, timer, queued: sendNow ? null : frame });
      if (sendNow) this.socket?.send(frame);
    });
  }

  onPush(listener: (push: PushEnvelope) => void): () => void {
    this.pushListeners.add(listener);
    return () => this.pushListeners.delete(listener);
  }

  /** Connection changes, for the status line ("Reconnecting…"). Called at once with the current state. */
  onConnectionChange(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    listener(this.state);
    return () => this.stateListeners.delete(listener);
  }

  /** The delay before reconnect attempt number `attempt` (0-based). */
  backoffMs(attempt: number): number {
    return Math.min(this.maxBackoffMs, this.initialBackoffMs * 2 ** attempt);
  }

  close(): void {
    this.closed = true;
    if (this.retryHandle !== null) this.options.timers.clearTimeout(this.retryHandle);
    this.socket?.close();
    this.failPending('offline', lostMessage);
    this.setState('offline');
  }

  private connect(): void {
    this.setState('connecting');
    const socket = this.options.createSocket(this.options.url);
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      const reconnected = this.everOpened;
      this.everOpened = true;
      this.attempt = 0;
      this.setState('open');
      for (const waiting of this.pending.values()) {
        if (waiting.queued === null) continue;
        socket.send(waiting.queued);
        waiting.queued = null;
      }
      // Pushes sent while we were away are lost: tell every list to refetch.
      if (reconnected) this.emitPush({ event: 'cases.invalidated', payload: {} });
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = () => this.onSocketGone(socket, opened);
    socket.onerror = () => this.onSocketGone(socket, opened);
  }

  private onSocketGone(socket: SocketLike, opened: boolean): void {
    if (socket !== this.socket) return;
    this.socket = null;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    this.failPending('offline', lostMessage);
    this.setState('offline');
    if (this.closed) return;
    const isTokenRefused = this.options.isTokenRefused;
    // Only a socket that never opened can have been refused; a dropped one was accepted moments ago.
    if (opened || !isTokenRefused) return this.scheduleRetry();
    const decide = (refused: boolean): void => {
      if (this.closed) return;
      if (refused) this.setState('unauthorized');
      else this.scheduleRetry();
    };
    isTokenRefused().then(decide, () => decide(false));
  }

  private scheduleRetry(): void {
    const delay = this.backoffMs(this.attempt++);
    this.retryHandle = this.options.timers.setTimeout(() => {
      this.retryHandle = null;
      this.connect();
    }, delay);
  }

  private failPending(code: ErrorCode, message: string): void {
    const waiting = [...this.pending.entries()];
    this.pending.clear();
    for (const [id, { resolve, timer }] of waiting) {
      this.options.timers.clearTimeout(timer);
      resolve(errorReply(id, code, message));
    }
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let frame: unknown;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    const push = PushEnvelope.safeParse(frame);
    if (push.success) {
      this.emitPush(push.data);
      return;
    }
    const reply = Reply.safeParse(frame);
    // A reply without an id answers a frame the host could not read; the timeout settles that request.
    if (!reply.success || reply.data.id === null) return;
    const waiting = this.pending.get(reply.data.id);
    if (!waiting) return;
    this.pending.delete(reply.data.id);
    this.options.timers.clearTimeout(waiting.timer);
    waiting.resolve(reply.data);
  }

  private emitPush(push: PushEnvelope): void {
    for (const listener of this.pushListeners) listener(push);
  }

  private setState(state: ConnectionState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }
}
