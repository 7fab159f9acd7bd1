import { commandId } from '../commandId';
import { ApiError, type Args, type Result } from '../../../shared/api';
import type { CasePromise } from '../../../shared/domain';
import { promiseFromRow, type PromiseRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { appendEvent, PROMISE_COLUMNS, requireCase, requirePromise, touchCase } from '../records';
import { runCommand } from '../runCommand';
import { prepared } from '../../queries/statements';

type ResolveCommand = 'promises.keep' | 'promises.cancel';

const outcome = {
  'promises.keep': { status: 'kept', eventKind: 'promise_kept' },
  'promises.cancel': { status: 'cancelled', eventKind: 'promise_cancelled' },
} as const;

/**
 * Closes an open promise as kept or cancelled, with the agent's note. Keeping or breaking a promise is
 * recorded on the timeline, carrying the promise's text so the event reads on its own.
 */
function resolvePromise(
  ctx: CommandContext,
  name: ResolveCommand,
  args: Args<ResolveCommand>,
): { promise: CasePromise } {
  const { status, eventKind } = outcome[name];
  const promise = requirePromise(ctx.db, args.promiseId);
  if (promise.status !== 'open') throw new ApiError('conflict', `This promise is already ${promise.status}.`);
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, name, args, { eventId }, () => {
    const caseRow = requireCase(ctx.db, promise.case_id);
    const row = prepared(
      ctx.db,
      `UPDATE promises SET status = ?, resolved_at = ?, resolution_note = ? WHERE id = ?
         RETURNING ${PROMISE_COLUMNS}`,
    ).get(status, ctx.now, args.note === '' ? null : args.note, promise.id) as PromiseRow;
    appendEvent(ctx, caseRow, {
      id: eventId,
      kind: eventKind,
      bodyText: args.note,
      meta: { promiseId: promise.id, text: promise.text, dueAt: promise.due_at },
    });
    touchCase(ctx, caseRow.id);
    return { promise: promiseFromRow(row) };
  });
}

export const keepPromise = (ctx: CommandContext, args: Args<'promises.keep'>): Result<'promises.keep'> =>
  resolvePromise(ctx, 'promises.keep', args);

export const cancelPromise = (
  ctx: CommandContext,
  args: Args<'promises.cancel'>,
): Result<'promises.cancel'> => resolvePromise(ctx, 'promises.cancel', args);
