import type { MutationArgs } from '../../../shared/sync';
import { appendEvent, requireCase, requireTeamAgent, updateCase, type ApplyContext } from './applyContext';
import { Rejection } from './rejection';

/**
 * Case fields are last-writer-wins in hub order: each change applies to whatever the hub holds now,
 * and its event records the hub's `from`, so the timeline shows both of two concurrent changes.
 */

export async function setStatus(ctx: ApplyContext, args: MutationArgs<'cases.setStatus'>): Promise<void> {
  const before = await requireCase(ctx, args.caseId);
  await updateCase(ctx, before, {
    status: args.status,
    snoozed_until: null,
    closed_at: args.status === 'closed' ? ctx.now : null,
  });
  await appendEvent(ctx, before, {
    id: args.eventId,
    kind: 'status_changed',
    meta: { from: before.status, to: args.status },
  });
}

export async function snooze(ctx: ApplyContext, args: MutationArgs<'cases.snooze'>): Promise<void> {
  if (args.until <= ctx.now) throw new Rejection('invalid_args', 'Snooze until a time in the future.');
  const before = await requireCase(ctx, args.caseId);
  await updateCase(ctx, before, { status: 'snoozed', snoozed_until: args.until, closed_at: null });
  await appendEvent(ctx, before, {
    id: args.eventId,
    kind: 'status_changed',
    meta: { from: before.status, to: 'snoozed', until: args.until },
  });
}

export async function setPriority(ctx: ApplyContext, args: MutationArgs<'cases.setPriority'>): Promise<void> {
  const before = await requireCase(ctx, args.caseId);
  await updateCase(ctx, before, { priority: args.priority });
  await appendEvent(ctx, before, {
    id: args.eventId,
    kind: 'priority_changed',
    meta: { from: before.priority, to: args.priority },
  });
}

/** Reading state is not history: nothing goes on the timeline. */
export async function markUnread(ctx: ApplyContext, args: MutationArgs<'cases.markUnread'>): Promise<void> {
  const before = await requireCase(ctx, args.caseId);
  await updateCase(ctx, before, { unread: args.unread ? 1 : 0 });
}

/** A hand-over to a colleague needs a short note (PRODUCT.md: nobody starts from zero). */
export async function assign(ctx: ApplyContext, args: MutationArgs<'cases.assign'>): Promise<void> {
  const before = await requireCase(ctx, args.caseId);
  if (args.assigneeId !== null) await requireTeamAgent(ctx, args.assigneeId, before);
  if (args.assigneeId !== null && args.assigneeId !== ctx.agent.id && args.handoverNote === '') {
    throw new Rejection('invalid_args', 'A hand-over needs a short note');
  }
  await updateCase(ctx, before, { assignee_id: args.assigneeId });
  await appendEvent(ctx, before, {
    id: args.eventId,
    kind: 'assigned',
    bodyText: args.handoverNote,
    meta: { from: before.assignee_id, to: args.assigneeId },
  });
}

/**
 * A snooze ran out. Only a case still snoozed until exactly that time wakes; otherwise (re-snoozed,
 * reopened, already woken by another desk) nothing is written and the mutation still counts as applied.
 */
export async function wake(ctx: ApplyContext, args: MutationArgs<'cases.wake'>): Promise<void> {
  const before = await requireCase(ctx, args.caseId);
  if (
    before.status !== 'snoozed' ||
    before.snoozed_until !== args.snoozedUntil ||
    args.snoozedUntil > ctx.now
  ) {
    return;
  }
  await updateCase(ctx, before, { status: 'open', snoozed_until: null, unread: 1 });
  await appendEvent(ctx, before, {
    id: args.eventId,
    kind: 'status_changed',
    authorId: null,
    meta: { from: 'snoozed', to: 'open', snoozedUntil: args.snoozedUntil },
  });
}
