import { commandId } from '../commandId';
import type { Args, Result } from '../../../shared/api';
import type { CommandContext } from '../context';
import { appendEvent, requireCase, touchCase } from '../records';
import { runCommand } from '../runCommand';

/** An internal note: on the timeline for colleagues, never through a channel to the customer. */
export function addNote(ctx: CommandContext, args: Args<'notes.add'>): Result<'notes.add'> {
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, 'notes.add', args, { eventId }, () => {
    const caseRow = requireCase(ctx.db, args.caseId);
    const event = appendEvent(ctx, caseRow, {
      id: eventId,
      kind: 'note',
      channel: null,
      bodyText: args.bodyText,
      bodyRich: args.bodyRich,
    });
    touchCase(ctx, caseRow.id);
    return { event };
  });
}
