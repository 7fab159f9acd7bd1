import { commandId } from '../commandId';
import { ApiError, type Args, type Result } from '../../../shared/api';
import { findPersonMerge, personMergeFromRow } from '../../queries/personMerges';
import type { Db } from '../../store/openStore';
import type { CommandContext } from '../context';
import { appendEvent, readPerson, requirePerson } from '../records';
import { runCommand } from '../runCommand';
import { noteWithDuplicates } from '../../../shared/sync/personNotes';
import { latestCaseOf } from './latestCase';
import { prepared } from '../../queries/statements';

const idsOf = (db: Db, table: 'cases' | 'contact_points' | 'promises', personId: string): string[] =>
  (
    prepared(db, `SELECT id FROM ${table} WHERE person_id = ? ORDER BY n`).all(personId) as { id: string }[]
  ).map((r) => r.id);

/**
 * Merges a duplicate record into the person we keep: the duplicate's cases, contact points and
 * promises (open and closed) move over, its note is added below the kept one, and it is marked as
 * merged (search and the inbox no longer show it). Events keep the person they were recorded for;
 * they follow their case. What moved is written down so people.unmerge can put exactly that back.
 */
export function mergePeople(ctx: CommandContext, args: Args<'people.merge'>): Result<'people.merge'> {
  if (args.keepId === args.mergeId)
    throw new ApiError('invalid_args', 'A person cannot be merged into themselves.');
  const kept = requirePerson(ctx.db, args.keepId);
  const duplicate = requirePerson(ctx.db, args.mergeId);
  if (kept.merged_into !== null) {
    throw new ApiError('conflict', 'The person to keep was merged into another record; merge into that one.');
  }
  if (duplicate.merged_into !== null) throw new ApiError('conflict', 'This duplicate is already merged.');
  const personMergeId = commandId(ctx, 'personMergeId');
  const eventId = commandId(ctx, 'eventId');
  return runCommand(ctx, 'people.merge', args, { personMergeId, eventId }, () => {
    const { db } = ctx;
    const caseIds = idsOf(db, 'cases', duplicate.id);
    const contactPointIds = idsOf(db, 'contact_points', duplicate.id);
    const promiseIds = idsOf(db, 'promises', duplicate.id);
    prepared(db, 'UPDATE cases SET person_id = ?, updated_at = ? WHERE person_id = ?').run(
      kept.id,
      ctx.now,
      duplicate.id,
    );
    prepared(db, 'UPDATE contact_points SET person_id = ? WHERE person_id = ?').run(kept.id, duplicate.id);
    prepared(db, 'UPDATE promises SET person_id = ? WHERE person_id = ?').run(kept.id, duplicate.id);

    const before = { rich: kept.note_rich, text: kept.note_text };
    const after = noteWithDuplicates(before, { rich: duplicate.note_rich, text: duplicate.note_text });
    if (after !== before) {
      prepared(
        db,
        'UPDATE people SET note_rich = ?, note_text = ?, note_updated_by = ?, note_updated_at = ? WHERE id = ?',
      ).run(after.rich, after.text, ctx.meId, ctx.now, kept.id);
    }
    prepared(db, 'UPDATE people SET merged_into = ? WHERE id = ?').run(kept.id, duplicate.id);
    const latest = latestCaseOf(db, kept.id);
    prepared(
      db,
      `INSERT INTO person_merges(id, kept_id, merged_id, case_ids, contact_point_ids, promise_ids,
         kept_note_text_before, kept_note_rich_before, kept_note_text_after, kept_note_rich_after, event_case_id,
         at, by_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      personMergeId,
      kept.id,
      duplicate.id,
      JSON.stringify(caseIds),
      JSON.stringify(contactPointIds),
      JSON.stringify(promiseIds),
      before.text,
      before.rich,
      after.text,
      after.rich,
      latest?.id ?? null,
      ctx.now,
      ctx.meId,
    );
    if (latest !== null) {
      appendEvent(ctx, latest, {
        id: eventId,
        kind: 'person_merged',
        meta: {
          mergeId: personMergeId,
          keptId: kept.id,
          mergedId: duplicate.id,
          mergedName: duplicate.name,
          caseIds,
          undone: false,
        },
      });
    }
    const merge = findPersonMerge(db, personMergeId);
    if (merge === null) throw new Error('The merge just written is missing.');
    return { person: readPerson(db, kept.id), merge: personMergeFromRow(merge) };
  });
}
