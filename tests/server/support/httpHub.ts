import WebSocket from 'ws';
import { serveHub, type RunningHub } from '../../../src/server/hub';
import type { HubContext } from '../../../src/server/hubContext';
import type { ApplyHooks } from '../../../src/server/sync/apply';

/** A hub served on a free port of 127.0.0.1, and small clients for its endpoints. */
export async function serveTestHub(hub: HubContext, hooks: Partial<ApplyHooks> = {}): Promise<RunningHub> {
  return serveHub({ hub, port: 0, host: '127.0.0.1', hooks });
}

export interface JsonReply {
  status: number;
  body: Record<string, unknown>;
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonReply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function getJson(url: string, headers: Record<string, string> = {}): Promise<JsonReply> {
  const response = await fetch(url, { headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** A live socket that counts pokes; `nextPoke()` resolves on the next one (or one already waiting). */
export class PokeListener {
  readonly frames: string[] = [];
  private waiting: Array<() => void> = [];
  private unseen = 0;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: WebSocket.RawData) => {
      this.frames.push(data.toString());
      const wake = this.waiting.shift();
      if (wake) wake();
      else this.unseen += 1;
    });
  }

  static open(hubUrl: string, token: string): Promise<PokeListener> {
    const socket = new WebSocket(`${hubUrl.replace(/^http/, 'ws')}/sync/live`, { headers: bearer(token) });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new PokeListener(socket)));
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`upgrade refused: ${response.statusCode}`)),
      );
      socket.once('error', reject);
    });
  }

  nextPoke(): Promise<void> {
    if (this.unseen > 0) {
      this.unseen -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  close(): void {
    this.socket.close();
  }
}
