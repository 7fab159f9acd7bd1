import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Core } from '../core/Core';
import type { Logger } from '../core/ports';
import { MAX_REQUEST_BYTES, RequestEnvelope, type ErrorCode, type Reply } from '../shared/api';
import { parseRequestUrl } from './requestUrl';
import { securityHeaders, sendStatus } from './staticFiles';
import { tokenMatches } from './token';

/**
 * What ws itself accepts before it drops the connection (close 1009). Far above MAX_REQUEST_BYTES so
 * that an oversized request still reaches us and gets a polite 'too_large' reply instead of a hang-up.
 */
export const HARD_FRAME_CAP_BYTES = 64 * 1024 * 1024;

export const API_PATH = '/api';

export interface WsApiOptions {
  core: Core;
  token: string;
  /** Origins allowed to open the socket, e.g. `http://127.0.0.1:5199`. */
  allowedOrigins: readonly string[];
  logger: Logger;
}

export interface WsApi {
  /** Call from the HTTP server's 'upgrade' event. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /**
   * Answers a plain HTTP GET of the API path and returns true, or returns false for any other request.
   * A browser cannot read why a WebSocket upgrade failed, so the page asks here: 204 when its token
   * still opens the socket, 401 when the host (restarted, with a new token) refuses it.
   */
  answersHttp(req: IncomingMessage, res: ServerResponse): boolean;
  close(): void;
}

const statusText: Readonly<Record<401 | 403 | 404, string>> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
};

/** Refuses an upgrade with a plain HTTP status: no socket is ever opened. */
function refuse(socket: Duplex, status: keyof typeof statusText): void {
  // Destroyed only once the answer is flushed, as ws's own abortHandshake does.
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${statusText[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

type RequestId = RequestEnvelope['id'];

function errorReply(id: RequestId | null, code: ErrorCode, message: string): Reply {
  return { id, ok: false, error: { code, message } };
}

/**
 * Enough of a frame's start to hold `{"id":` and the longest id the envelope allows (100 characters,
 * up to 6 bytes each when escaped), so a request too large or too broken to parse can still be answered.
 */
const ID_PREFIX_BYTES = 640;
const leadingId = /^\s*\{\s*"id"\s*:\s*(-?\d{1,16}|"(?:[^"\\]|\\.){1,600}")\s*[,}]/;

/** The id a request starts with, read from its first bytes only; null when it does not start with one. */
export function leadingRequestId(data: RawData): RequestId | null {
  const match = leadingId.exec(firstBytes(data, ID_PREFIX_BYTES).toString('utf8'));
  if (!match?.[1]) return null;
  try {
    const id = RequestEnvelope.shape.id.safeParse(JSON.parse(match[1]));
    return id.success ? id.data : null;
  } catch {
    return null;
  }
}

/** Up to `count` bytes from the start of a frame, without copying (or even reading) the rest of it. */
function firstBytes(data: RawData, count: number): Buffer {
  if (Buffer.isBuffer(data)) return data.subarray(0, count);
  if (!Array.isArray(data)) return Buffer.from(data, 0, Math.min(count, data.byteLength));
  const chunks: Buffer[] = [];
  let total = 0;
  for (const chunk of data) {
    if (total >= count) break;
    chunks.push(chunk);
    total += chunk.byteLength;
  }
  return Buffer.concat(chunks, Math.min(total, count));
}

function byteLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  return data.byteLength;
}

function asText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}

/** The API over WebSocket: the same envelopes as the Electron IPC channel, as JSON text frames. */
export function createWsApi({ core, token, allowedOrigins, logger }: WsApiOptions): WsApi {
  const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_FRAME_CAP_BYTES });

  const send = (ws: WebSocket, message: string): void => {
    if (ws.readyState === ws.OPEN) ws.send(message);
  };

  async function answer(ws: WebSocket, data: RawData, isBinary: boolean): Promise<void> {
    // A frame we cannot take is still answered under its id when it starts with one, so the
    // request it carried settles at once instead of waiting for the client's timeout.
    const decline = (code: ErrorCode, message: string): void =>
      send(ws, JSON.stringify(errorReply(leadingRequestId(data), code, message)));
    if (isBinary) return decline('bad_request', 'Requests are JSON text frames, not binary.');
    // Measured before parsing: a huge frame is never handed to JSON.parse.
    if (byteLength(data) > MAX_REQUEST_BYTES) {
      return decline('too_large', `A request may hold at most ${MAX_REQUEST_BYTES} bytes.`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(asText(data));
    } catch {
      return decline('bad_request', 'The request is not valid JSON.');
    }
    send(ws, JSON.stringify(await core.dispatch(parsed)));
  }

  wss.on('connection', (ws: WebSocket) => {
    ws.on('message', (data, isBinary) => {
      answer(ws, data, isBinary).catch((error: unknown) => {
        // core.dispatch never throws; this only catches a failed send on a closing socket.
        logger.warn('web: could not answer a request', { error: String(error) });
      });
    });
    // A frame above the hard cap or a protocol violation: ws closes the socket; keep the process alive.
    ws.on('error', (error) => logger.warn('web: socket error', { error: error.message }));
  });

  const stopPushes = core.onPush((push) => {
    const message = JSON.stringify(push);
    for (const ws of wss.clients) send(ws, message);
  });

  /** Why a request may not use the API, or null when it may: right path, right token, our own page. */
  function refusal(req: IncomingMessage): 401 | 403 | 404 | null {
    const url = parseRequestUrl(req.url);
    if (url === null || url.pathname !== API_PATH) return 404;
    if (!tokenMatches(token, url.searchParams.get('token'))) return 401;
    // Browsers always send Origin on a socket; a page from any other site (or a rebound DNS name) is refused.
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.includes(origin)) return 403;
    return null;
  }

  return {
    handleUpgrade(req, socket, head) {
      socket.on('error', () => socket.destroy());
      const status = refusal(req);
      if (status !== null) return refuse(socket, status);
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    answersHttp(req, res) {
      if (parseRequestUrl(req.url)?.pathname !== API_PATH) return false;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendStatus(res, 405, { Allow: 'GET, HEAD' });
        return true;
      }
      const status = refusal(req);
      if (status !== null) sendStatus(res, status, { 'Cache-Control': 'no-store' });
      else {
        res.writeHead(204, { ...securityHeaders, 'Cache-Control': 'no-store' });
        res.end();
      }
      return true;
    },
    close() {
      stopPushes();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
