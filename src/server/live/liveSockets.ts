import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE_SESSION_ENDED, syncPaths } from '../../shared/sync';
import { authenticate } from '../accounts/sessions';
import type { HubContext } from '../hubContext';
import { bearer } from '../http/respond';
import type { Pokes } from './pokes';

/** Dead connections (a laptop lid closed) are found by a ping every 30 s that gets no pong. */
const HEARTBEAT_MS = 30_000;
/** setTimeout waits at most 2^31-1 ms (~24 days); a longer session is closed then and the desk reconnects. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function tokenOf(request: IncomingMessage, url: URL): string {
  return bearer(request.headers.authorization) || (url.searchParams.get('token') ?? '');
}

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * /sync/live on the HTTP server's 'upgrade' event: an authenticated WebSocket that only ever
 * receives empty "pull now" frames, and is closed with 4401 when its session runs out.
 */
export function attachLiveSockets(server: Server, hub: HubContext, pokes: Pokes): { close: () => void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  const alive = new WeakMap<WebSocket, boolean>();

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://hub');
    if (url.pathname !== syncPaths.live) return refuse(socket, '404 Not Found');
    authenticate(hub, tokenOf(request, url)).then(
      (agent) => {
        if (!agent) return refuse(socket, '401 Unauthorized');
        wss.handleUpgrade(request, socket, head, (ws) => {
          alive.set(ws, true);
          ws.on('pong', () => alive.set(ws, true));
          // Desks never need to say anything here; whatever they send is ignored.
          ws.on('message', () => undefined);
          const remove = pokes.add({ teamIds: agent.teamIds, send: (frame) => ws.send(frame) });
          const expiry = setTimeout(
            () => ws.close(CLOSE_SESSION_ENDED, 'session ended'),
            Math.min(MAX_TIMER_MS, Math.max(0, agent.expiresAt - hub.now())),
          );
          ws.on('close', () => {
            remove();
            clearTimeout(expiry);
          });
        });
      },
      () => refuse(socket, '503 Service Unavailable'),
    );
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    close() {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
