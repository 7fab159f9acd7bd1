import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Core } from '../core/Core';
import type { Logger } from '../core/ports';
import { MAX_REQUEST_BYTES, type ErrorCode, type Reply } from '../shared/api';
import { parseRequestUrl } from './requestUrl';
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

function errorReply(code: ErrorCode, message: string): Reply {
  return { id: null, ok: false, error: { code, message } };
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
    if (isBinary) {
      send(ws, JSON.stringify(errorReply('bad_request', 'Requests are JSON text frames, not binary.')));
      return;
    }
    // Measured before parsing: a huge frame is never handed to JSON.parse.
    if (byteLength(data) > MAX_REQUEST_BYTES) {
      send(
        ws,
        JSON.stringify(errorReply('too_large', `A request may hold at most ${MAX_REQUEST_BYTES} bytes.`)),
      );
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(asText(data));
    } catch {
      send(ws, JSON.stringify(errorReply('bad_request', 'The request is not valid JSON.')));
      return;
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

  return {
    handleUpgrade(req, socket, head) {
      socket.on('error', () => socket.destroy());
      const url = parseRequestUrl(req.url);
      if (url === null || url.pathname !== API_PATH) return refuse(socket, 404);
      if (!tokenMatches(token, url.searchParams.get('token'))) return refuse(socket, 401);
      // Browsers always send Origin; a page from any other site (or a rebound DNS name) is refused.
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins.includes(origin)) return refuse(socket, 403);
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    close() {
      stopPushes();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
