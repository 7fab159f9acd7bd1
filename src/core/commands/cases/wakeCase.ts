import { commandId } from '../commandId';
import type { Case } from '../../../shared/domain';
import type { CommandContext } from '../context';
import { appendEvent, readCase, requireCase } from '../records';
import { runCommand } from '../runCommand';
import { prepared } from '../../queries/statements';

/**
 * A snooze ran out: the case is open again, and unread, so it stands out where it reappears.
 * Only a case still snoozed until exactly `snoozedUntil`, and only once that time has come, wakes:
 * a case re-snoozed, reopened or already woken (here or by another desk) is left alone and nothing
 * is written, so waking twice is harmless. The timeline says Nära did it (no author).
 * Returns the woken case, or null when there was nothing to do.
 */
export function wakeCase(ctx: CommandContext, caseId: string, snoozedUntil: number): Case | null {
  const before = requireCase(ctx.db, caseId);
  if (before.status !== 'snoozed' || before.snoozed_until !== snoozedUntil || snoozedUntil > ctx.now)
    return null;
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, 'cases.wake', { caseId, snoozedUntil }, { eventId }, () => {
    prepared(
      ctx.db,
      "UPDATE cases SET status = 'open', snoozed_until = NULL, unread = 1, updated_at = ? WHERE id = ?",
    ).run(ctx.now, before.id);
    appendEvent(ctx, before, {
      id: eventId,
      kind: 'status_changed',
      authorId: null,
      meta: { from: 'snoozed', to: 'open', snoozedUntil },
    });
    return readCase(ctx.db, before.id);
  });
}
