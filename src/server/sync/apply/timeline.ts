import type { MutationArgs } from '../../../shared/sync';
import { appendEvent, recordContactOnCase, requireCase, updateCase, type ApplyContext } from './applyContext';

/** Notes, replies and logged contacts: events only append, so concurrent ones never conflict. */

export async function addNote(ctx: ApplyContext, args: MutationArgs<'notes.add'>): Promise<void> {
  const caseRow = await requireCase(ctx, args.caseId);
  await appendEvent(ctx, caseRow, {
    id: args.eventId,
    kind: 'note',
    channel: null,
    bodyText: args.bodyText,
    bodyRich: args.bodyRich,
  });
  await updateCase(ctx, caseRow, {});
}

export interface ReplyHook {
  /** A reply on an e-mail case also leaves by SMTP (mail/mailOutbox.ts); other channels do nothing. */
  (ctx: ApplyContext, caseId: string, eventId: string, bodyText: string): Promise<void>;
}

export function sendReply(onReply: ReplyHook) {
  return async (ctx: ApplyContext, args: MutationArgs<'replies.send'>): Promise<void> => {
    const caseRow = await requireCase(ctx, args.caseId);
    await appendEvent(ctx, caseRow, {
      id: args.eventId,
      kind: 'contact',
      channel: caseRow.channel,
      direction: 'out',
      bodyText: args.bodyText,
      bodyRich: args.bodyRich,
    });
    await recordContactOnCase(ctx, caseRow, { bodyText: args.bodyText, direction: 'out' });
    await onReply(ctx, caseRow.id, args.eventId, args.bodyText);
  };
}

export async function logContact(ctx: ApplyContext, args: MutationArgs<'contacts.log'>): Promise<void> {
  const caseRow = await requireCase(ctx, args.caseId);
  await appendEvent(ctx, caseRow, {
    id: args.eventId,
    kind: 'contact',
    channel: args.channel,
    direction: args.direction,
    bodyText: args.bodyText,
    bodyRich: args.bodyRich,
    meta: { durationSec: args.durationSec },
  });
  await recordContactOnCase(ctx, caseRow, { bodyText: args.bodyText, direction: args.direction });
}
