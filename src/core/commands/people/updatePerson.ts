import type { Args, Result } from '../../../shared/api';
import { personFromRow } from '../../store/rows';
import type { CommandContext } from '../context';
import { readPerson } from '../records';
import { runCommand } from '../runCommand';
import { requireLivePerson } from './livePerson';
import { prepared } from '../../queries/statements';

/**
 * The preferred name (what to call them; empty clears it) and the languages they speak, in their
 * order of preference. A field left out stays as it is; a change to nothing records nothing.
 */
export function updatePerson(ctx: CommandContext, args: Args<'people.update'>): Result<'people.update'> {
  const before = requireLivePerson(ctx.db, args.personId);
  const preferredName =
    args.preferredName === undefined
      ? before.preferred_name
      : args.preferredName === ''
        ? null
        : args.preferredName;
  const languages =
    args.languages === undefined ? before.languages : JSON.stringify([...new Set(args.languages)]);
  if (preferredName === before.preferred_name && languages === before.languages) {
    return { person: personFromRow(before) };
  }
  return runCommand(ctx, 'people.update', args, {}, () => {
    prepared(ctx.db, 'UPDATE people SET preferred_name = ?, languages = ? WHERE id = ?').run(
      preferredName,
      languages,
      before.id,
    );
    return { person: readPerson(ctx.db, before.id) };
  });
}
