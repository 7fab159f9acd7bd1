import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/Core';
import type { Logger } from '../core/ports';
import { parseRequestUrl } from './requestUrl';
import { sendStatus, serveStatic } from './staticFiles';
import { createWsApi } from './wsApi';

/** Loopback only: the host serves one agent's desk on their own machine, never the network. */
export const HOST_ADDRESS = '127.0.0.1';

export interface WebHostOptions {
  core: Core;
  /** Folder of the built renderer (index.html and assets/). */
  rendererDir: string;
  /** 0 picks any free port. */
  port: number;
  token: string;
  logger: Logger;
}

export interface WebHost {
  /** The address to open: the page reads the token from it and passes it to the API. */
  url: string;
  port: number;
  /** Stops listening and drops every connection; the caller still owns (and closes) core. */
  close(): Promise<void>;
}

export async function createWebHost({
  core,
  rendererDir,
  port,
  token,
  logger,
}: WebHostOptions): Promise<WebHost> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST_ADDRESS, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;

  // The page's own origin; "localhost" is accepted too because browsers pin it to loopback.
  const allowedOrigins = [`http://${HOST_ADDRESS}:${actualPort}`, `http://localhost:${actualPort}`];
  const api = createWsApi({ core, token, allowedOrigins, logger });
  // Attached only now that the API knows its origins; no request can arrive before this turn ends.
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (api.answersHttp(req, res)) return;
    serveStatic(rendererDir, req, res).catch((error: unknown) => {
      // The path only: the entry page's query carries the API token, and logs are read by others.
      const path = parseRequestUrl(req.url)?.pathname ?? '(unreadable)';
      logger.error('web: serving a file failed', { path, error: String(error) });
      if (!res.headersSent) sendStatus(res, 500);
      else res.destroy();
    });
  });
  server.on('upgrade', (req, socket, head) => api.handleUpgrade(req, socket, head));

  return {
    url: `http://${HOST_ADDRESS}:${actualPort}/?token=${token}`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        api.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
