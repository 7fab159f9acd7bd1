import { commandId } from '../commandId';
import { ApiError, type Args, type Result } from '../../../shared/api';
import { caseFromRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { appendEvent, readCase, requireAgent, requireCase } from '../records';
import { runCommand } from '../runCommand';
import { prepared } from '../../queries/statements';

/**
 * Takes the case, hands it to a colleague, or unassigns it. Handing over to someone else needs a short
 * note (PRODUCT.md: the next officer must not start from zero); the note is kept on the timeline.
 */
export function assignCase(ctx: CommandContext, args: Args<'cases.assign'>): Result<'cases.assign'> {
  const before = requireCase(ctx.db, args.caseId);
  if (args.assigneeId !== null) {
    const assignee = requireAgent(ctx.db, args.assigneeId);
    // A case stays in its team (the hub refuses anything else): hand it to someone who works there.
    if (assignee.team_id !== before.team_id) {
      throw new ApiError(
        'invalid_args',
        `${assignee.name} works in another team; hand the case to someone in its team.`,
      );
    }
  }
  if (before.assignee_id === args.assigneeId) return { case: caseFromRow(before) };
  const handingOver = args.assigneeId !== null && args.assigneeId !== ctx.meId;
  if (handingOver && args.handoverNote === '') {
    throw new ApiError('invalid_args', 'A hand-over needs a short note');
  }
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, 'cases.assign', args, { eventId }, () => {
    prepared(ctx.db, 'UPDATE cases SET assignee_id = ?, updated_at = ? WHERE id = ?').run(
      args.assigneeId,
      ctx.now,
      before.id,
    );
    appendEvent(ctx, before, {
      id: eventId,
      kind: 'assigned',
      bodyText: args.handoverNote,
      meta: { from: before.assignee_id, to: args.assigneeId },
    });
    return { case: readCase(ctx.db, before.id) };
  });
}
