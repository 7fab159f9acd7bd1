import { commandId } from '../commandId';
import { ApiError, type Args, type Result } from '../../../shared/api';
import { findPersonMerge } from '../../queries/personMerges';
import type { CommandContext } from '../context';
import { appendEvent, readPerson, requireCase, requirePerson } from '../records';
import { runCommand } from '../runCommand';
import { latestCaseOf } from './latestCase';
import { prepared } from '../../queries/statements';

/**
 * Undoes a merge: the duplicate is a person of their own again, with exactly the cases, contact
 * points and promises that moved (promises made since on those cases go with their case). The kept
 * person's note goes back to what it was before the merge only if nobody has edited it since;
 * otherwise it stays, so no one's text is lost. Undoing twice is a conflict, and so is undoing while
 * the kept person is merged into someone else (undo that later merge first).
 */
export function unmergePeople(ctx: CommandContext, args: Args<'people.unmerge'>): Result<'people.unmerge'> {
  const merge = findPersonMerge(ctx.db, args.mergeId);
  if (merge === null) throw new ApiError('not_found', 'There is no such merge.');
  if (merge.undone_at !== null) throw new ApiError('conflict', 'This merge was already undone.');
  const kept = requirePerson(ctx.db, merge.kept_id);
  if (kept.merged_into !== null) {
    throw new ApiError(
      'conflict',
      `${kept.name} was merged into another record since; undo that merge first.`,
    );
  }
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, 'people.unmerge', args, { eventId }, () => {
    const { db } = ctx;
    const moved = { kept: kept.id, restored: merge.merged_id, at: ctx.now };
    prepared(
      db,
      `UPDATE cases SET person_id = :restored, updated_at = :at
       WHERE person_id = :kept AND id IN (SELECT value FROM json_each(:ids))`,
    ).run({ ...moved, ids: merge.case_ids });
    prepared(
      db,
      `UPDATE contact_points SET person_id = :restored
       WHERE person_id = :kept AND id IN (SELECT value FROM json_each(:ids))`,
    ).run({ ...moved, ids: merge.contact_point_ids });
    prepared(
      db,
      `UPDATE promises SET person_id = :restored
       WHERE person_id = :kept AND (id IN (SELECT value FROM json_each(:ids))
         OR case_id IN (SELECT value FROM json_each(:cases)))`,
    ).run({ kept: moved.kept, restored: moved.restored, ids: merge.promise_ids, cases: merge.case_ids });

    const untouched =
      kept.note_text === merge.kept_note_text_after && kept.note_rich === merge.kept_note_rich_after;
    if (untouched && merge.kept_note_text_after !== merge.kept_note_text_before) {
      prepared(
        db,
        'UPDATE people SET note_rich = ?, note_text = ?, note_updated_by = ?, note_updated_at = ? WHERE id = ?',
      ).run(merge.kept_note_rich_before, merge.kept_note_text_before, ctx.meId, ctx.now, kept.id);
    }
    prepared(db, 'UPDATE people SET merged_into = NULL WHERE id = ?').run(merge.merged_id);
    prepared(db, 'UPDATE person_merges SET undone_at = ? WHERE id = ?').run(ctx.now, merge.id);

    // Beside the merge it undoes, so the two read together on that case's timeline.
    const recordOn =
      (merge.event_case_id === null ? null : requireCase(db, merge.event_case_id)) ??
      latestCaseOf(db, kept.id) ??
      latestCaseOf(db, merge.merged_id);
    if (recordOn !== null) {
      appendEvent(ctx, recordOn, {
        id: eventId,
        kind: 'person_merged',
        meta: {
          mergeId: merge.id,
          keptId: kept.id,
          mergedId: merge.merged_id,
          mergedName: merge.merged_name,
          caseIds: JSON.parse(merge.case_ids) as unknown,
          undone: true,
        },
      });
    }
    return { person: readPerson(db, kept.id), restored: readPerson(db, merge.merged_id) };
  });
}
