import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { SYNC_PROTOCOL_VERSION } from '../../shared/sync';
import { isTransientDbError } from '../db/port';
import type { HubContext } from '../hubContext';
import type { Appliers } from '../sync/apply';
import { SyncError } from '../sync/syncError';
import { errorReply } from './respond';
import { syncRoutes } from './syncRoutes';

/** A push of 500 mutations with long notes fits; anything bigger is refused before it is read. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface HttpRoutes {
  /** Extra route groups (the channel endpoints) mounted beside sync. */
  extra?: Hono[];
}

/** The hub's HTTP API. Errors never leak a stack: expected ones carry a code, the rest are logged. */
export function createHttpApp(hub: HubContext, appliers: Appliers, routes: HttpRoutes = {}): Hono {
  const app = new Hono();
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        errorReply(c, 'too_large', `Requests are limited to ${MAX_BODY_BYTES / 1024 / 1024} MiB.`),
    }),
  );
  app.get('/health', (c) => c.json({ ok: true, protocol: SYNC_PROTOCOL_VERSION, storage: hub.db.kind }));
  app.route('/', syncRoutes(hub, appliers));
  for (const group of routes.extra ?? []) app.route('/', group);
  app.notFound((c) => errorReply(c, 'not_found', 'There is nothing here.'));
  app.onError((error, c) => {
    if (error instanceof SyncError) return errorReply(c, error.code, error.message);
    if (isTransientDbError(error)) {
      hub.log(`storage unavailable: ${String(error)}`);
      return errorReply(c, 'unavailable', 'The hub cannot reach its database right now; try again shortly.');
    }
    hub.log(`internal error on ${c.req.method} ${c.req.path}: ${error.stack ?? String(error)}`);
    return errorReply(c, 'internal', 'The hub failed on this request; try again shortly.');
  });
  return app;
}
