import { commandId } from '../commandId';
import type { Args, Result } from '../../../shared/api';
import { caseFromRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { appendEvent, readCase, requireCase } from '../records';
import { runCommand } from '../runCommand';
import { prepared } from '../../queries/statements';

/** Low, normal, high or urgent; setting the priority the case already has records nothing. */
export function setCasePriority(
  ctx: CommandContext,
  args: Args<'cases.setPriority'>,
): Result<'cases.setPriority'> {
  const before = requireCase(ctx.db, args.caseId);
  if (before.priority === args.priority) return { case: caseFromRow(before) };
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, 'cases.setPriority', args, { eventId }, () => {
    prepared(ctx.db, 'UPDATE cases SET priority = ?, updated_at = ? WHERE id = ?').run(
      args.priority,
      ctx.now,
      before.id,
    );
    appendEvent(ctx, before, {
      id: eventId,
      kind: 'priority_changed',
      meta: { from: before.priority, to: args.priority },
    });
    return { case: readCase(ctx.db, before.id) };
  });
}
