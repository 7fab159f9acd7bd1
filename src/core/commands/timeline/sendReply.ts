import { commandId } from '../commandId';
import type { Args, Result } from '../../../shared/api';
import type { CommandContext } from '../context';
import { appendEvent, requireCase } from '../records';
import { runCommand } from '../runCommand';
import { recordContactOnCase } from './contactOnCase';

/** A reply to the customer, through the channel the case came in on. Promises are left untouched. */
export function sendReply(ctx: CommandContext, args: Args<'replies.send'>): Result<'replies.send'> {
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, 'replies.send', args, { eventId }, () => {
    const caseRow = requireCase(ctx.db, args.caseId);
    const event = appendEvent(ctx, caseRow, {
      id: eventId,
      kind: 'contact',
      channel: caseRow.channel,
      direction: 'out',
      bodyText: args.bodyText,
      bodyRich: args.bodyRich,
    });
    recordContactOnCase(ctx, caseRow, { bodyText: args.bodyText, direction: 'out' });
    return { event };
  });
}
