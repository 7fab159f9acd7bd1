import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictHeading } from '../../src/shared/sync/personNotes';
import { TestDesk } from './support/testDesk';
import { addAgent, addTeam, authFor, openTestHub, seedCase, T0, type TestHub } from './support/testHub';

let t: TestHub;
beforeAll(async () => {
  t = await openTestHub();
});
afterAll(async () => {
  await t.close();
});

async function teamWithTwoDesks() {
  const team = await addTeam(t.hub);
  const anna = await addAgent(t.hub, team, 'Anna Berg');
  const olle = await addAgent(t.hub, team, 'Olle Dahl');
  return {
    team,
    anna,
    annasDesk: new TestDesk(t.hub, await authFor(t.hub, anna)),
    ollesDesk: new TestDesk(t.hub, await authFor(t.hub, olle)),
  };
}

/** A one-paragraph note as Lexical serializes it. */
const richOf = (text: string): string =>
  JSON.stringify({
    root: {
      children: [{ children: [{ text, type: 'text', version: 1 }], type: 'paragraph', version: 1 }],
      type: 'root',
      version: 1,
    },
  });

const person = async (id: string) =>
  (await t.hub.db.query<Record<string, unknown>>('SELECT * FROM people WHERE id = $1', [id]))[0];

describe('people on the hub', () => {
  it('keeps both texts when two agents edit the same person note offline', async () => {
    const { team, anna, annasDesk, ollesDesk } = await teamWithTwoDesks();
    const { person: p } = await seedCase(t.hub, team);
    const save = (desk: TestDesk, text: string, at: number) =>
      desk.push([
        desk.mutation(
          'people.setNote',
          { personId: p.id, noteRich: richOf(text), noteText: text, baseNoteText: '' },
          at,
        ),
      ]);
    await save(annasDesk, 'Föredrar sms.', T0 - 20_000);
    const reply = await save(ollesDesk, 'Hörselskadad: ring inte.', T0 - 10_000);
    expect(reply.results[0]).toMatchObject({ status: 'applied' });
    const after = await person(p.id);
    const heading = conflictHeading({ name: anna.name, at: T0 - 20_000 });
    expect(after?.note_text).toBe(`Hörselskadad: ring inte.\n\n${heading}\n\nFöredrar sms.`);
    expect(JSON.parse(after?.note_rich as string).root.children).toHaveLength(3);
  });

  it('stores a contact point with its matching value once, however it is written', async () => {
    const { team, annasDesk } = await teamWithTwoDesks();
    const { person: p } = await seedCase(t.hub, team);
    const add = (value: string) =>
      annasDesk.mutation('people.addContactPoint', {
        personId: p.id,
        kind: 'phone',
        value,
        contactPointId: uuidv7(),
      });
    const reply = await annasDesk.push([add('070-123 45 67'), add('0701234567')]);
    expect(reply.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const points = await t.hub.db.query(
      'SELECT value, norm_value FROM contact_points WHERE person_id = $1 AND kind = $2',
      [p.id, 'phone'],
    );
    expect(points).toEqual([{ value: '070-123 45 67', norm_value: '0701234567' }]);
  });

  it('merges a duplicate and undoes it, putting back exactly what moved', async () => {
    const { team, annasDesk } = await teamWithTwoDesks();
    const kept = await seedCase(t.hub, team, { personName: 'Eva Lind' });
    const duplicate = await seedCase(t.hub, team, { personName: 'Eva Lind (dubblett)' });
    const personMergeId = uuidv7();
    const merged = await annasDesk.push([
      annasDesk.mutation('people.merge', {
        keepId: kept.person.id,
        mergeId: duplicate.person.id,
        personMergeId,
        eventId: uuidv7(),
      }),
    ]);
    expect(merged.results[0]?.status).toBe('applied');
    expect((await person(duplicate.person.id))?.merged_into).toBe(kept.person.id);
    const casesOf = async (personId: string) =>
      (
        await t.hub.db.query<{ id: string }>('SELECT id FROM cases WHERE person_id = $1 ORDER BY id', [
          personId,
        ])
      ).map((r) => r.id);
    expect(await casesOf(kept.person.id)).toEqual([kept.caseRow.id, duplicate.caseRow.id].sort());

    const undone = await annasDesk.push([
      annasDesk.mutation('people.unmerge', { mergeId: personMergeId, eventId: uuidv7() }),
    ]);
    expect(undone.results[0]?.status).toBe('applied');
    expect((await person(duplicate.person.id))?.merged_into).toBeNull();
    expect(await casesOf(duplicate.person.id)).toEqual([duplicate.caseRow.id]);
    const again = await annasDesk.push([
      annasDesk.mutation('people.unmerge', { mergeId: personMergeId, eventId: uuidv7() }),
    ]);
    expect(again.results[0]).toMatchObject({ status: 'rejected', code: 'conflict' });
  });

  it('refuses to change a person another team does not share', async () => {
    const { annasDesk } = await teamWithTwoDesks();
    const stranger = await seedCase(t.hub, await addTeam(t.hub));
    const reply = await annasDesk.push([
      annasDesk.mutation('people.update', { personId: stranger.person.id, preferredName: 'Nisse' }),
    ]);
    expect(reply.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
  });
});
