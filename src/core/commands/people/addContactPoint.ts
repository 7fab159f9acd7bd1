import { commandId } from '../commandId';
import { ApiError, type Args, type Result } from '../../../shared/api';
import { normalizeContactValue } from '../../../shared/text/normalizeContactValue';
import { contactPointFromRow, type ContactPointRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { runCommand } from '../runCommand';
import { requireLivePerson } from './livePerson';
import { prepared } from '../../queries/statements';

const COLUMNS = 'id, person_id, kind, value';

/**
 * A phone number, e-mail address, postal address or chat handle for the person, stored with the
 * normalized value incoming contacts are matched on. The same point written differently
 * ("070-123 45 67" again as "0701234567") is the one they already have: nothing new is recorded.
 */
export function addContactPoint(
  ctx: CommandContext,
  args: Args<'people.addContactPoint'>,
): Result<'people.addContactPoint'> {
  const person = requireLivePerson(ctx.db, args.personId);
  const normValue = normalizeContactValue(args.value);
  if (normValue === '') throw new ApiError('invalid_args', 'A contact point needs letters or digits.');
  const existing = prepared(
    ctx.db,
    `SELECT ${COLUMNS} FROM contact_points WHERE person_id = ? AND kind = ? AND norm_value = ?`,
  ).get(person.id, args.kind, normValue) as ContactPointRow | undefined;
  if (existing) return { contactPoint: contactPointFromRow(existing) };
  const contactPointId = commandId(ctx, 'contactPointId');
  return runCommand(ctx, 'people.addContactPoint', args, { contactPointId }, () => {
    const row = prepared(
      ctx.db,
      `INSERT INTO contact_points(id, person_id, kind, value, norm_value) VALUES (?, ?, ?, ?, ?)
         RETURNING ${COLUMNS}`,
    ).get(contactPointId, person.id, args.kind, args.value, normValue) as ContactPointRow;
    return { contactPoint: contactPointFromRow(row) };
  });
}
