import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import { LoginRequest, PullRequest, PushRequest, SYNC_PROTOCOL_VERSION, syncPaths } from '../../shared/sync';
import { authenticate, login, logout, sessionFor, type AuthAgent } from '../accounts/sessions';
import type { HubContext } from '../hubContext';
import type { Appliers } from '../sync/apply';
import { processPull } from '../sync/pull';
import { processPush } from '../sync/push';
import { SyncError } from '../sync/syncError';
import { bearer, errorReply, readBody } from './respond';

type Env = { Variables: { agent: AuthAgent; token: string } };

const ProtocolOnly = z.object({ protocol: z.unknown() });

/** A desk built for another protocol version gets a clear "upgrade" rather than a shape error. */
async function requireProtocol(request: Request): Promise<void> {
  const body: unknown = await request
    .clone()
    .json()
    .catch(() => null);
  const parsed = ProtocolOnly.safeParse(body);
  if (parsed.success && parsed.data.protocol !== SYNC_PROTOCOL_VERSION) {
    throw new SyncError(
      'version_mismatch',
      `This hub speaks sync protocol ${SYNC_PROTOCOL_VERSION}; the desk sent ${JSON.stringify(parsed.data.protocol)}.`,
    );
  }
}

/** Login, session and the two sync endpoints. Every route after login needs a valid session. */
export function syncRoutes(hub: HubContext, appliers: Appliers): Hono<Env> {
  const app = new Hono<Env>();

  app.post(syncPaths.login, async (c) => {
    const { email, password } = await readBody(c, LoginRequest);
    const session = await login(hub, email, password);
    if (!session) return errorReply(c, 'unauthorized', 'The e-mail or the password is wrong.');
    return c.json(session);
  });

  app.use('/auth/session', requireSession(hub));
  app.use('/auth/logout', requireSession(hub));
  app.use('/sync/*', requireSession(hub));

  app.get(syncPaths.session, async (c) => c.json(await sessionFor(hub, c.get('agent'), '')));

  app.post(syncPaths.logout, async (c) => {
    await logout(hub, c.get('token'));
    return c.json({});
  });

  app.post(syncPaths.push, async (c) => {
    await requireProtocol(c.req.raw);
    const request = await readBody(c, PushRequest);
    return c.json(await processPush(hub, appliers, c.get('agent'), request));
  });

  app.post(syncPaths.pull, async (c) => {
    await requireProtocol(c.req.raw);
    const request = await readBody(c, PullRequest);
    return c.json(await processPull(hub, c.get('agent'), request));
  });

  return app;
}

function requireSession(hub: HubContext) {
  return createMiddleware<Env>(async (c, next) => {
    const token = bearer(c.req.header('authorization'));
    const agent = await authenticate(hub, token);
    if (!agent) return errorReply(c, 'unauthorized', 'Log in again: this session is unknown or has expired.');
    c.set('agent', agent);
    c.set('token', token);
    await next();
    return undefined;
  });
}
