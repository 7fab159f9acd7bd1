import type { MutationArgs } from '../../../shared/sync';
import {
  appendEvent,
  requireCase,
  requirePromise,
  requireTeamAgent,
  updateCase,
  type ApplyContext,
} from './applyContext';
import { Rejection } from './rejection';

/** "I'll call you back on Tuesday": owned by an agent of the case's team, open until kept or cancelled. */
export async function makePromise(ctx: ApplyContext, args: MutationArgs<'promises.make'>): Promise<void> {
  const caseRow = await requireCase(ctx, args.caseId);
  const ownerId = args.ownerId ?? ctx.agent.id;
  await requireTeamAgent(ctx, ownerId, caseRow);
  await ctx.changes.tx.query(
    `INSERT INTO promises(id, case_id, person_id, text, due_at, owner_id, status, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8)`,
    [args.promiseId, caseRow.id, caseRow.person_id, args.text, args.dueAt, ownerId, ctx.now, ctx.agent.id],
  );
  await ctx.changes.row('promises', args.promiseId, [caseRow.team_id]);
  await appendEvent(ctx, caseRow, {
    id: args.eventId,
    kind: 'promise_made',
    bodyText: args.text,
    meta: { promiseId: args.promiseId, dueAt: args.dueAt, ownerId },
  });
  await updateCase(ctx, caseRow, {});
}

const outcome = {
  'promises.keep': { status: 'kept', eventKind: 'promise_kept' },
  'promises.cancel': { status: 'cancelled', eventKind: 'promise_cancelled' },
} as const;

/** Kept or cancelled, once: a second resolution (say, from another desk offline) is a conflict. */
export function resolvePromise(name: keyof typeof outcome) {
  return async (
    ctx: ApplyContext,
    args: MutationArgs<'promises.keep' | 'promises.cancel'>,
  ): Promise<void> => {
    const { status, eventKind } = outcome[name];
    const promise = await requirePromise(ctx, args.promiseId);
    const caseRow = await requireCase(ctx, promise.case_id);
    if (promise.status !== 'open')
      throw new Rejection('conflict', `This promise is already ${promise.status}.`);
    await ctx.changes.tx.query(
      'UPDATE promises SET status = $2, resolved_at = $3, resolution_note = $4 WHERE id = $1',
      [promise.id, status, ctx.now, args.note === '' ? null : args.note],
    );
    await ctx.changes.row('promises', promise.id, [caseRow.team_id]);
    await appendEvent(ctx, caseRow, {
      id: args.eventId,
      kind: eventKind,
      bodyText: args.note,
      meta: { promiseId: promise.id, text: promise.text, dueAt: promise.due_at },
    });
    await updateCase(ctx, caseRow, {});
  };
}
