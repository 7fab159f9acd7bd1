import { commandId } from '../commandId';
import { ApiError, type Args, type Result } from '../../../shared/api';
import { caseFromRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { appendEvent, readCase, requireCase } from '../records';
import { runCommand } from '../runCommand';
import { prepared } from '../../queries/statements';

/** Puts the case out of sight until a later time; it leaves the working views until then. */
export function snoozeCase(ctx: CommandContext, args: Args<'cases.snooze'>): Result<'cases.snooze'> {
  const before = requireCase(ctx.db, args.caseId);
  if (args.until <= ctx.now) throw new ApiError('invalid_args', 'Snooze until a time in the future.');
  if (before.status === 'snoozed' && before.snoozed_until === args.until)
    return { case: caseFromRow(before) };
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, 'cases.snooze', args, { eventId }, () => {
    prepared(
      ctx.db,
      "UPDATE cases SET status = 'snoozed', snoozed_until = ?, closed_at = NULL, updated_at = ? WHERE id = ?",
    ).run(args.until, ctx.now, before.id);
    appendEvent(ctx, before, {
      id: eventId,
      kind: 'status_changed',
      meta: { from: before.status, to: 'snoozed', until: args.until },
    });
    return { case: readCase(ctx.db, before.id) };
  });
}
