import { commandId } from '../commandId';
import type { Args, Result } from '../../../shared/api';
import { promiseFromRow, type PromiseRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { appendEvent, PROMISE_COLUMNS, requireAgent, requireCase, touchCase } from '../records';
import { runCommand } from '../runCommand';
import { prepared } from '../../queries/statements';

/**
 * "I'll call you back on Tuesday": a promise tied to the case and its person, owned by an agent
 * (the maker unless another owner is named), open until it is kept or cancelled.
 */
export function makePromise(ctx: CommandContext, args: Args<'promises.make'>): Result<'promises.make'> {
  const promiseId = commandId(ctx, 'promiseId');
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, 'promises.make', args, { promiseId, eventId }, () => {
    const caseRow = requireCase(ctx.db, args.caseId);
    const ownerId = args.ownerId ?? ctx.meId;
    requireAgent(ctx.db, ownerId);
    const row = prepared(
      ctx.db,
      `INSERT INTO promises(id, case_id, person_id, text, due_at, owner_id, status, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)
         RETURNING ${PROMISE_COLUMNS}`,
    ).get(
      promiseId,
      caseRow.id,
      caseRow.person_id,
      args.text,
      args.dueAt,
      ownerId,
      ctx.now,
      ctx.meId,
    ) as PromiseRow;
    appendEvent(ctx, caseRow, {
      id: eventId,
      kind: 'promise_made',
      bodyText: args.text,
      meta: { promiseId, dueAt: args.dueAt, ownerId },
    });
    touchCase(ctx, caseRow.id);
    return { promise: promiseFromRow(row) };
  });
}
