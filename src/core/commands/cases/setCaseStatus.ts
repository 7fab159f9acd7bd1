import { commandId } from '../commandId';
import type { Args, Result } from '../../../shared/api';
import { caseFromRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { appendEvent, readCase, requireCase } from '../records';
import { runCommand } from '../runCommand';
import { prepared } from '../../queries/statements';

/**
 * Open, waiting or closed. Closing stamps closed_at; any other status clears it (a reopened case is not
 * resolved) and ends a snooze. Setting the status the case already has records nothing.
 * Promises are deliberately left alone: closing a case does not keep or break what we promised.
 */
export function setCaseStatus(ctx: CommandContext, args: Args<'cases.setStatus'>): Result<'cases.setStatus'> {
  const before = requireCase(ctx.db, args.caseId);
  if (before.status === args.status) return { case: caseFromRow(before) };
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, 'cases.setStatus', args, { eventId }, () => {
    prepared(
      ctx.db,
      `UPDATE cases SET status = ?, snoozed_until = NULL, updated_at = ?,
           closed_at = CASE WHEN ? = 'closed' THEN ? ELSE NULL END
         WHERE id = ?`,
    ).run(args.status, ctx.now, args.status, ctx.now, before.id);
    appendEvent(ctx, before, {
      id: eventId,
      kind: 'status_changed',
      meta: { from: before.status, to: args.status },
    });
    return { case: readCase(ctx.db, before.id) };
  });
}
