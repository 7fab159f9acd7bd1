import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { channelRoutes } from './channels/channelRoutes';
import { createHttpApp } from './http/app';
import type { HubContext } from './hubContext';
import { attachLiveSockets } from './live/liveSockets';
import { Pokes } from './live/pokes';
import { createAppliers, type ApplyHooks } from './sync/apply';

export interface HubOptions {
  hub: HubContext;
  port: number;
  host: string;
  hooks?: Partial<ApplyHooks>;
}

export interface RunningHub {
  url: string;
  port: number;
  close(): Promise<void>;
}

const noReplyHook: ApplyHooks['onReply'] = async () => undefined;

/** Serves one hub instance: sync and channel endpoints + live WebSocket on one port, over an opened database. */
export async function serveHub(options: HubOptions): Promise<RunningHub> {
  const { hub } = options;
  const appliers = createAppliers({ onReply: options.hooks?.onReply ?? noReplyHook });
  const app = createHttpApp(hub, appliers, { extra: [channelRoutes(hub)] });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  const pokes = new Pokes();
  await pokes.start(hub);
  const live = attachLiveSockets(server, hub, pokes);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    async close() {
      live.close();
      await pokes.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
