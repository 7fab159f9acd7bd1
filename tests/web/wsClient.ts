import WebSocket from 'ws';
import type { PushEnvelope, Reply } from '../../src/shared/api';

/** A test client for the host's API socket: sends raw frames, collects replies and pushes in order. */
export interface ApiSocket {
  send(frame: string | Buffer, options?: { binary?: boolean }): void;
  request(method: string, args: unknown): Promise<Reply>;
  /** The next reply with this id (null for replies to frames the host could not read). */
  reply(id: string | number | null): Promise<Reply>;
  nextPush(): Promise<PushEnvelope>;
  /** Resolves with the close code once the host (or the client) has closed the socket. */
  closed: Promise<number>;
  close(): Promise<void>;
}

export function apiUrl(hostUrl: string, token: string | null): string {
  const url = new URL('/api', hostUrl);
  url.protocol = 'ws:';
  if (token !== null) url.searchParams.set('token', token);
  return url.toString();
}

export function tokenOf(hostUrl: string): string {
  const token = new URL(hostUrl).searchParams.get('token');
  if (token === null) throw new Error(`no token in ${hostUrl}`);
  return token;
}

/** Resolves with the HTTP status when the host refuses the upgrade; rejects if a socket opens. */
export function refusedStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      ws.terminate();
    });
    ws.on('open', () => {
      ws.terminate();
      reject(new Error('the host opened a socket it should have refused'));
    });
    ws.on('error', () => undefined);
  });
}

export async function openApiSocket(url: string, headers: Record<string, string> = {}): Promise<ApiSocket> {
  const ws = new WebSocket(url, { headers, maxPayload: 64 * 1024 * 1024 });
  const replies: Reply[] = [];
  const pushes: PushEnvelope[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as Reply | PushEnvelope;
    if ('event' in message) pushes.push(message);
    else replies.push(message);
    for (const wake of waiters) wake();
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  // Errors end in 'close', which `closed` and pending waits already report.
  ws.on('error', () => undefined);

  /** Waits for the first queued message that `take` accepts; rejects if the socket closes first. */
  function next<T>(take: () => T | undefined): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = take();
        if (found !== undefined) {
          waiters.delete(check);
          ws.off('close', onClose);
          resolve(found);
        }
      };
      const onClose = (): void => {
        waiters.delete(check);
        reject(new Error('the socket closed before the expected message'));
      };
      waiters.add(check);
      ws.once('close', onClose);
      check();
    });
  }

  let nextId = 1;
  const api: ApiSocket = {
    send: (frame, options) => ws.send(frame, { binary: options?.binary ?? false }),
    request(method, args) {
      const id = `t${nextId++}`;
      ws.send(JSON.stringify({ id, method, args }));
      return api.reply(id);
    },
    reply: (id) =>
      next(() => {
        const index = replies.findIndex((r) => r.id === id);
        return index === -1 ? undefined : replies.splice(index, 1)[0];
      }),
    nextPush: () => next(() => pushes.shift()),
    closed,
    close: () =>
      new Promise((resolve) => {
        if (ws.readyState === ws.CLOSED) return resolve();
        ws.once('close', () => resolve());
        ws.close();
      }),
  };
  return api;
}
