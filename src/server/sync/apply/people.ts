import type { MutationArgs } from '../../../shared/sync';
import { noteAfterSave } from '../../../shared/sync/personNotes';
import { normalizeContactValue } from '../../../shared/text/normalizeContactValue';
import { selectList } from '../tables';
import {
  appendEvent,
  requireAgent,
  requireLivePerson,
  type ApplyContext,
  type CaseRow,
} from './applyContext';
import { Rejection } from './rejection';

/** "What matters to them": two concurrent saves keep both texts (a marked conflict copy). */
export async function setNote(ctx: ApplyContext, args: MutationArgs<'people.setNote'>): Promise<void> {
  const before = await requireLivePerson(ctx, args.personId);
  const [author] = await ctx.changes.tx.query<{ name: string }>('SELECT name FROM agents WHERE id = $1', [
    before.note_updated_by,
  ]);
  const note = noteAfterSave(
    { rich: before.note_rich, text: before.note_text },
    { rich: args.noteRich, text: args.noteText },
    args.baseNoteText,
    { name: author?.name ?? null, at: before.note_updated_at },
  );
  await ctx.changes.tx.query(
    'UPDATE people SET note_rich = $2, note_text = $3, note_updated_by = $4, note_updated_at = $5 WHERE id = $1',
    [before.id, note.rich, note.text, ctx.agent.id, ctx.now],
  );
  await ctx.changes.personRow('people', before.id, before.id);
}

/** Preferred name (empty clears it) and languages; a field left out stays as it is. */
export async function updatePerson(ctx: ApplyContext, args: MutationArgs<'people.update'>): Promise<void> {
  const before = await requireLivePerson(ctx, args.personId);
  const preferredName =
    args.preferredName === undefined
      ? before.preferred_name
      : args.preferredName === ''
        ? null
        : args.preferredName;
  const languages =
    args.languages === undefined ? before.languages : JSON.stringify([...new Set(args.languages)]);
  await ctx.changes.tx.query('UPDATE people SET preferred_name = $2, languages = $3 WHERE id = $1', [
    before.id,
    preferredName,
    languages,
  ]);
  await ctx.changes.personRow('people', before.id, before.id);
}

/**
 * Names the person's personal agent, whose team may see the person from now on. The change goes on
 * the person's latest case in the agent's teams, when the desk recorded one.
 */
export async function setPersonalAgent(
  ctx: ApplyContext,
  args: MutationArgs<'people.setPersonalAgent'>,
): Promise<void> {
  const before = await requireLivePerson(ctx, args.personId);
  const owner = args.agentId === null ? null : await requireAgent(ctx, args.agentId);
  await ctx.changes.tx.query('UPDATE people SET personal_agent_id = $2 WHERE id = $1', [
    before.id,
    args.agentId,
  ]);
  if (owner !== null) await ctx.changes.grantPerson(before.id, owner.team_id);
  await ctx.changes.personRow('people', before.id, before.id);
  if (args.eventId === undefined) return;
  const [latest] = await ctx.changes.tx.query<CaseRow>(
    `SELECT ${selectList('cases')} FROM cases WHERE person_id = $1 AND team_id = ANY($2::uuid[])
     ORDER BY last_contact_at DESC, created_at DESC, id DESC LIMIT 1`,
    [before.id, [...ctx.agent.teamIds]],
  );
  if (!latest) return;
  await appendEvent(ctx, latest, {
    id: args.eventId,
    kind: 'assigned',
    meta: { personalAgent: true, personId: before.id, from: before.personal_agent_id, to: args.agentId },
  });
}

/** A contact point, stored with the normalized value incoming contacts are matched on. */
export async function addContactPoint(
  ctx: ApplyContext,
  args: MutationArgs<'people.addContactPoint'>,
): Promise<void> {
  const person = await requireLivePerson(ctx, args.personId);
  const normValue = normalizeContactValue(args.value);
  if (normValue === '') throw new Rejection('invalid_args', 'A contact point needs letters or digits.');
  const existing = await ctx.changes.tx.query(
    'SELECT 1 FROM contact_points WHERE person_id = $1 AND kind = $2 AND norm_value = $3',
    [person.id, args.kind, normValue],
  );
  if (existing.length > 0) return;
  await ctx.changes.tx.query(
    'INSERT INTO contact_points(id, person_id, kind, value, norm_value) VALUES ($1, $2, $3, $4, $5)',
    [args.contactPointId, person.id, args.kind, args.value, normValue],
  );
  await ctx.changes.personRow('contact_points', args.contactPointId, person.id);
}
