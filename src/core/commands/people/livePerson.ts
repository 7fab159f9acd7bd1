import { ApiError } from '../../../shared/api';
import type { Db } from '../../store/openStore';
import type { PersonRow } from '../../store/rows';
import { requirePerson } from '../records';

/** A person who can still be changed: not merged into someone else (change the kept record instead). */
export function requireLivePerson(db: Db, personId: string): PersonRow {
  const row = requirePerson(db, personId);
  if (row.merged_into !== null) {
    throw new ApiError('conflict', 'This person was merged into another record; change that one instead.');
  }
  return row;
}
