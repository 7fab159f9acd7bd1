import type { Args, Result } from '../../../shared/api';
import { caseFromRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { readCase, requireCase } from '../records';
import { runCommand } from '../runCommand';
import { prepared } from '../../queries/statements';

/**
 * Marks the case unread (back on the pile, bold in the inbox) or read. Reading state is not history:
 * nothing goes on the timeline. Asking for the state the case already has records nothing.
 */
export function markCaseUnread(
  ctx: CommandContext,
  args: Args<'cases.markUnread'>,
): Result<'cases.markUnread'> {
  const before = requireCase(ctx.db, args.caseId);
  if ((before.unread === 1) === args.unread) return { case: caseFromRow(before) };
  return runCommand(ctx, 'cases.markUnread', args, {}, () => {
    prepared(ctx.db, 'UPDATE cases SET unread = ?, updated_at = ? WHERE id = ?').run(
      args.unread ? 1 : 0,
      ctx.now,
      before.id,
    );
    return { case: readCase(ctx.db, before.id) };
  });
}
