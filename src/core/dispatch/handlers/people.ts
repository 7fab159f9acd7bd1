import { addContactPoint } from '../../commands/people/addContactPoint';
import { mergePeople } from '../../commands/people/mergePeople';
import { setPersonalAgent } from '../../commands/people/setPersonalAgent';
import { setPersonNote } from '../../commands/people/setPersonNote';
import { unmergePeople } from '../../commands/people/unmergePeople';
import { updatePerson } from '../../commands/people/updatePerson';
import { getPersonDetail } from '../../queries/personDetail';
import type { HandlerContext, HandlersFor } from '../handlerTypes';
import { localSyncStatus } from '../syncStatus';

/** After a change to people: their views refetch, and so do lists showing their cases. */
function announcePeople(
  ctx: HandlerContext,
  personIds: readonly string[],
  caseIds: readonly string[] = [],
): void {
  for (const personId of personIds) ctx.push('person.changed', { personId });
  for (const caseId of caseIds) ctx.push('case.changed', { caseId });
  if (caseIds.length > 0) ctx.push('cases.invalidated', {});
  ctx.push('sync.status', localSyncStatus(ctx.db));
}

/** The cases a merge moved (or an undo moves back): their case views show another person now. */
function casesOf(ctx: HandlerContext, personId: string): string[] {
  const rows = ctx.db.prepare('SELECT id FROM cases WHERE person_id = ?').all(personId) as { id: string }[];
  return rows.map((r) => r.id);
}

export const peopleHandlers = {
  'people.get': (args, ctx) => getPersonDetail(ctx.db, ctx, args),
  'people.setNote': (args, ctx) => {
    const result = setPersonNote(ctx, args);
    announcePeople(ctx, [result.person.id]);
    return result;
  },
  'people.update': (args, ctx) => {
    const result = updatePerson(ctx, args);
    // The preferred name is what inbox rows call them.
    announcePeople(ctx, [result.person.id], casesOf(ctx, result.person.id));
    return result;
  },
  'people.setPersonalAgent': (args, ctx) => {
    const result = setPersonalAgent(ctx, args);
    // "My people" is built from personal agents.
    announcePeople(ctx, [result.person.id], casesOf(ctx, result.person.id));
    return result;
  },
  'people.addContactPoint': (args, ctx) => {
    const result = addContactPoint(ctx, args);
    announcePeople(ctx, [result.contactPoint.personId]);
    return result;
  },
  'people.merge': (args, ctx) => {
    const result = mergePeople(ctx, args);
    announcePeople(ctx, [result.merge.keptId, result.merge.mergedId], casesOf(ctx, result.merge.keptId));
    return result;
  },
  'people.unmerge': (args, ctx) => {
    const result = unmergePeople(ctx, args);
    const caseIds = [...casesOf(ctx, result.person.id), ...casesOf(ctx, result.restored.id)];
    announcePeople(ctx, [result.person.id, result.restored.id], caseIds);
    return result;
  },
} satisfies HandlersFor<
  | 'people.get'
  | 'people.setNote'
  | 'people.update'
  | 'people.setPersonalAgent'
  | 'people.addContactPoint'
  | 'people.merge'
  | 'people.unmerge'
>;
