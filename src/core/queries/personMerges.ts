import type { PersonMerge } from '../../shared/api';
import type { Db } from '../store/openStore';
import { prepared } from './statements';

/** A person_merges row with what the person view shows of it (the duplicate's name). */
export interface PersonMergeRow {
  id: string;
  kept_id: string;
  merged_id: string;
  merged_name: string;
  case_ids: string;
  contact_point_ids: string;
  promise_ids: string;
  kept_note_text_before: string;
  kept_note_rich_before: string | null;
  kept_note_text_after: string;
  kept_note_rich_after: string | null;
  event_case_id: string | null;
  at: number;
  by_id: string;
  undone_at: number | null;
}

const select = `
SELECT m.id, m.kept_id, m.merged_id, p.name AS merged_name, m.case_ids, m.contact_point_ids, m.promise_ids,
  m.kept_note_text_before, m.kept_note_rich_before, m.kept_note_text_after, m.kept_note_rich_after, m.event_case_id,
  m.at, m.by_id, m.undone_at
FROM person_merges m JOIN people p ON p.id = m.merged_id`;

export const personMergeFromRow = (r: PersonMergeRow): PersonMerge => ({
  id: r.id,
  keptId: r.kept_id,
  mergedId: r.merged_id,
  mergedName: r.merged_name,
  at: r.at,
  byId: r.by_id,
  undoneAt: r.undone_at,
});

export function findPersonMerge(db: Db, mergeId: string): PersonMergeRow | null {
  return prepared<PersonMergeRow>(db, `${select} WHERE m.id = ?`).get(mergeId) ?? null;
}

/** Duplicates merged into this person, newest first, undone ones included. */
export function mergesInto(db: Db, personId: string): PersonMerge[] {
  return prepared<PersonMergeRow>(db, `${select} WHERE m.kept_id = ? ORDER BY m.at DESC, m.n DESC`)
    .all(personId)
    .map(personMergeFromRow);
}
