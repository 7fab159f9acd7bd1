import { commandId } from '../commandId';
import type { Args, Result } from '../../../shared/api';
import type { CommandContext } from '../context';
import { appendEvent, requireCase } from '../records';
import { runCommand } from '../runCommand';
import { recordContactOnCase } from './contactOnCase';

/** A call, front-desk visit or paper letter the agent logs by hand, in either direction. */
export function logContact(ctx: CommandContext, args: Args<'contacts.log'>): Result<'contacts.log'> {
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, 'contacts.log', args, { eventId }, () => {
    const caseRow = requireCase(ctx.db, args.caseId);
    const event = appendEvent(ctx, caseRow, {
      id: eventId,
      kind: 'contact',
      channel: args.channel,
      direction: args.direction,
      bodyText: args.bodyText,
      bodyRich: args.bodyRich,
      meta: { durationSec: args.durationSec },
    });
    recordContactOnCase(ctx, caseRow, { bodyText: args.bodyText, direction: args.direction });
    return { event };
  });
}
