import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import type { ChannelKind } from '../accounts/directory';
import type { HubContext } from '../hubContext';
import { bearer, errorReply, readBody } from '../http/respond';
import { findChannelKey, type ChannelKey } from './channelKeys';
import { CallLog, WebformContact } from './channelSchemas';
import { ingestContact, type IncomingContact, type IngestResult } from './ingestContact';

/** The key comes as `Authorization: Bearer <key>` or `X-Nara-Channel-Key: <key>`. */
function secretOf(c: Context): string {
  return bearer(c.req.header('authorization')) || (c.req.header('x-nara-channel-key') ?? '').trim();
}

function reply(c: Context, result: IngestResult): Response {
  return c.json(result, result.duplicate ? 200 : 201);
}

/**
 * POST /channels/webform and /channels/calls: contacts from outside, each with its channel's API key.
 * A key can do nothing but create contacts through its own endpoint.
 */
export function channelRoutes(hub: HubContext): Hono {
  const app = new Hono();

  async function keyFor(c: Context, channel: ChannelKind): Promise<ChannelKey | Response> {
    const key = await findChannelKey(hub, secretOf(c));
    if (!key) return errorReply(c, 'unauthorized', 'A valid channel API key is required.');
    if (key.channel !== channel)
      return errorReply(c, 'forbidden', `This key is for the ${key.channel} channel.`);
    return key;
  }

  async function accept<S extends z.ZodType>(
    c: Context,
    channel: ChannelKind,
    schema: S,
    toContact: (body: z.output<S>, key: ChannelKey) => IncomingContact,
  ): Promise<Response> {
    const key = await keyFor(c, channel);
    if (key instanceof Response) return key;
    const body = await readBody(c, schema);
    return reply(c, await ingestContact(hub, toContact(body, key)));
  }

  app.post('/channels/webform', (c) =>
    accept(c, 'webform', WebformContact, (form, key) => ({
      channel: 'webform',
      teamId: key.teamId,
      sender: { name: form.name, email: form.email ?? null, phone: form.phone ?? null },
      subject: form.subject,
      bodyText: form.message,
      direction: 'in',
      at: hub.now(),
      meta: {},
      thread: { kind: 'new-case' },
      receipt: form.externalId ? { source: `key:${key.id}`, externalId: form.externalId } : null,
    })),
  );

  app.post('/channels/calls', (c) =>
    accept(c, 'calls', CallLog, (call, key) => ({
      channel: 'phone',
      teamId: key.teamId,
      sender: { name: call.name ?? null, email: null, phone: call.number },
      subject: call.subject ?? (call.summary.split('\n')[0]?.slice(0, 120) || call.number),
      bodyText: call.summary,
      direction: call.direction,
      at: call.startedAt,
      meta: { durationSec: call.durationSec },
      thread: { kind: 'continue' },
      receipt: call.externalId ? { source: `key:${key.id}`, externalId: call.externalId } : null,
    })),
  );

  return app;
}
