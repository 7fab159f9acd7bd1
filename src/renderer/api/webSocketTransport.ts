import { PushEnvelope, Reply } from '../../shared/api';
import type { RequestEnvelope, Transport } from '../../shared/api';

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

export type ConnectionState = 'connecting' | 'open' | 'offline';

export interface WebSocketTransportOptions {
  url: string;
  createSocket: (url: string) => SocketLike;
  timers: Timers;
  /** First retry delay; doubles on each failed attempt up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

type Pending = (reply: Reply) => void;

function offlineReply(id: RequestEnvelope['id']): Reply {
  return { id, ok: false, error: { code: 'offline', message: 'The connection to the desk was lost.' } };
}

/**
 * The browser host's transport: JSON envelopes over one WebSocket. Replies are matched to requests
 * by id. When the socket drops, pending requests fail as `offline` (never hang) and it reconnects
 * with exponential backoff. Requests made before the first connection are queued until it opens.
 */
export class WebSocketTransport implements Transport {
  private socket: SocketLike | null = null;
  private state: ConnectionState = 'connecting';
  private readonly pending = new Map<RequestEnvelope['id'], Pending>();
  private queued: string[] = [];
  private readonly pushListeners = new Set<(push: PushEnvelope) => void>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private attempt = 0;
  private everOpened = false;
  private retryHandle: unknown = null;
  private closed = false;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;

  constructor(private readonly options: WebSocketTransportOptions) {
    this.initialBackoffMs = options.initialBackoffMs ?? 250;
    this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
    this.connect();
  }

  request(envelope: RequestEnvelope): Promise<Reply> {
    if (this.closed || this.state === 'offline') return Promise.resolve(offlineReply(envelope.id));
    return new Promise<Reply>((resolve) => {
      this.pending.set(envelope.id, resolve);
      const frame = JSON.stringify(envelope);
      if (this.state === 'open' && this.socket) this.socket.send(frame);
      else this.queued.push(frame);
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
    this.dropConnection();
  }

  private connect(): void {
    this.setState('connecting');
    const socket = this.options.createSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      const reconnected = this.everOpened;
      this.everOpened = true;
      this.attempt = 0;
      this.setState('open');
      for (const frame of this.queued) socket.send(frame);
      this.queued = [];
      // Pushes sent while we were away are lost: tell every list to refetch.
      if (reconnected) this.emitPush({ event: 'cases.invalidated', payload: {} });
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = () => this.onSocketGone(socket);
    socket.onerror = () => this.onSocketGone(socket);
  }

  private onSocketGone(socket: SocketLike): void {
    if (socket !== this.socket) return;
    this.socket = null;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    this.dropConnection();
    if (this.closed) return;
    const delay = this.backoffMs(this.attempt++);
    this.retryHandle = this.options.timers.setTimeout(() => {
      this.retryHandle = null;
      this.connect();
    }, delay);
  }

  private dropConnection(): void {
    this.setState('offline');
    const waiting = [...this.pending.entries()];
    this.pending.clear();
    this.queued = [];
    for (const [id, resolve] of waiting) resolve(offlineReply(id));
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
    if (!reply.success || reply.data.id === null) return;
    const resolve = this.pending.get(reply.data.id);
    if (!resolve) return;
    this.pending.delete(reply.data.id);
    resolve(reply.data);
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
