import WebSocket from 'ws';
import { z } from 'zod';
import {
  CLOSE_SESSION_ENDED,
  isRetryable,
  PullResponse,
  PushResponse,
  Session,
  SyncErrorBody,
  syncPaths,
} from '../../shared/sync';
import { HubRequestError, type HubConnection, type LiveChannel, type LiveEvents } from './hubConnection';

/** A hub that does not answer within this long is treated as unreachable (and asked again later). */
export const REQUEST_TIMEOUT_MS = 30_000;

/** The hub's address without a trailing slash: paths are appended to it (a hub may live under a prefix). */
export function normalizeHubUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** The hub over HTTP (global fetch) and its live channel over a WebSocket (`ws`). */
export function httpHubConnection(url: string, timeoutMs = REQUEST_TIMEOUT_MS): HubConnection {
  const base = normalizeHubUrl(url);

  async function call<S extends z.ZodType>(
    path: string,
    token: string | null,
    body: unknown,
    schema: S,
  ): Promise<z.output<S>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let status: number;
    let text: string;
    try {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw new HubRequestError('unreachable', `The hub at ${base} cannot be reached (${describe(error)}).`);
    }
    const json = parseJson(text);
    if (status < 200 || status > 299) throw failure(status, json);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new HubRequestError(
        'refused',
        `The hub at ${base} answered with something this desk cannot read.`,
      );
    }
    return parsed.data;
  }

  return {
    login: (request) => call(syncPaths.login, null, request, Session),
    async logout(token) {
      await call(syncPaths.logout, token, {}, SyncOk);
    },
    push: (token, request) => call(syncPaths.push, token, request, PushResponse),
    pull: (token, request) => call(syncPaths.pull, token, request, PullResponse),
    live: (token, events) => openLive(base, token, events),
  };
}

/** `{}`: what logout answers. */
const SyncOk = z.object({}).loose();

function failure(status: number, json: unknown): HubRequestError {
  const body = SyncErrorBody.safeParse(json);
  const message = body.success ? body.data.error.message : `The hub answered HTTP ${status}.`;
  const code = body.success ? body.data.error.code : null;
  if (status === 401 || code === 'unauthorized') return new HubRequestError('unauthorized', message, code);
  const retryable = code !== null ? isRetryable(code) : status >= 500 || status === 429;
  return new HubRequestError(retryable ? 'unreachable' : 'refused', message, code);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : error.message;
  }
  return String(error);
}

function openLive(base: string, token: string, events: LiveEvents): LiveChannel {
  const url = new URL(`${base}${syncPaths.live}`);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
  let closed = false;
  const finish = (sessionEnded: boolean): void => {
    if (closed) return;
    closed = true;
    events.onClose(sessionEnded);
  };
  socket.on('open', () => events.onOpen());
  // A poke is an empty frame; anything else the hub might send one day still means "look again".
  socket.on('message', () => events.onPoke());
  socket.on('close', (code) => finish(code === CLOSE_SESSION_ENDED));
  socket.on('unexpected-response', (request, response) => {
    request.destroy();
    finish(response.statusCode === 401);
  });
  // Followed by 'close'; without a listener an error would be thrown at the process.
  socket.on('error', () => undefined);
  return {
    close() {
      closed = true;
      socket.terminate();
    },
  };
}
