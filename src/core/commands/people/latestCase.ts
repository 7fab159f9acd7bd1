import type { Db } from '../../store/openStore';
import type { CaseRow } from '../../store/rows';
import { CASE_COLUMNS } from '../records';
import { prepared } from '../../queries/statements';

/**
 * The case a person-level change is recorded on: events belong to a case, and the person's most
 * recent one is where colleagues look first (the person view shows it across all their cases).
 * Null when the person has no case yet; the change is then recorded on the person alone.
 */
export function latestCaseOf(db: Db, personId: string): CaseRow | null {
  const row = prepared(
    db,
    `SELECT ${CASE_COLUMNS} FROM cases WHERE person_id = ? ORDER BY last_contact_at DESC, n DESC LIMIT 1`,
  ).get(personId) as CaseRow | undefined;
  return row ?? null;
}
