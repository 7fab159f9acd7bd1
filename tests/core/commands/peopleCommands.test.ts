import { describe, expect, it } from 'vitest';
import { addContactPoint } from '../../../src/core/commands/people/addContactPoint';
import { setPersonalAgent } from '../../../src/core/commands/people/setPersonalAgent';
import { setPersonNote } from '../../../src/core/commands/people/setPersonNote';
import { updatePerson } from '../../../src/core/commands/people/updatePerson';
import { lexicalFromParagraphs } from '../../../src/shared/text/lexicalText';
import { methods } from '../../../src/shared/api';
import {
  argsFor,
  eventsOf,
  expectApiError,
  HOUR,
  insertCase,
  insertPerson,
  makeDesk,
  NOW,
  outboxRows,
  snapshot,
  UNKNOWN_ID,
} from './fixtures';

const note = (text: string) => ({ noteRich: lexicalFromParagraphs([text]), noteText: text });

describe('what matters to them (the person note)', () => {
  it('saves rich and plain text, finds the person by it, and queues people.setNote', () => {
    const desk = makeDesk();
    const { person } = setPersonNote(
      desk.ctx(),
      argsFor('people.setNote', { personId: desk.personId, ...note('Hör dåligt: ring hellre än skriv.') }),
    );

    expect(methods['people.setNote'].result.parse({ person })).toBeTruthy();
    expect(person).toMatchObject({ noteText: 'Hör dåligt: ring hellre än skriv.' });
    expect(person.noteRich).toBe(lexicalFromParagraphs(['Hör dåligt: ring hellre än skriv.']));
    const found = desk.db.prepare("SELECT rowid FROM people_fts WHERE people_fts MATCH 'daligt'").all();
    expect(found).toHaveLength(1);
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['people.setNote']);
  });

  it('saving over the version the editor loaded replaces it', () => {
    const desk = makeDesk();
    setPersonNote(desk.ctx(), argsFor('people.setNote', { personId: desk.personId, ...note('Första') }));
    const { person } = setPersonNote(
      desk.ctx(NOW + HOUR),
      argsFor('people.setNote', { personId: desk.personId, ...note('Andra'), baseNoteText: 'Första' }),
    );
    expect(person.noteText).toBe('Andra');
  });

  it('keeps a colleague’s edit made meanwhile as a marked conflict copy, never overwriting it', () => {
    const desk = makeDesk();
    // Ole saved first; I started from the empty note and save later.
    const ole = { ...desk.ctx(NOW), meId: desk.colleagueId };
    setPersonNote(ole, argsFor('people.setNote', { personId: desk.personId, ...note('Föredrar svenska.') }));
    const { person } = setPersonNote(
      desk.ctx(NOW + HOUR),
      argsFor('people.setNote', { personId: desk.personId, ...note('Ring efter 15.'), baseNoteText: '' }),
    );

    expect(person.noteText).toBe(
      'Ring efter 15.\n\n— Conflicting version saved by Ole Nørgaard at 2026-03-10 09:00 UTC —\n\nFöredrar svenska.',
    );
    const paragraphs = (
      JSON.parse(person.noteRich ?? '') as { root: { children: { children: { text: string }[] }[] } }
    ).root.children.map((p) => p.children.map((t) => t.text).join(''));
    expect(paragraphs).toEqual([
      'Ring efter 15.',
      '— Conflicting version saved by Ole Nørgaard at 2026-03-10 09:00 UTC —',
      'Föredrar svenska.',
    ]);
  });

  it('is no conflict when the colleague saved the very same text', () => {
    const desk = makeDesk();
    setPersonNote(
      { ...desk.ctx(), meId: desk.colleagueId },
      argsFor('people.setNote', { personId: desk.personId, ...note('Samma') }),
    );
    const { person } = setPersonNote(
      desk.ctx(NOW + HOUR),
      argsFor('people.setNote', {
        personId: desk.personId,
        ...note('Samma'),
        noteRich: '{"root":{"x":1}}',
        baseNoteText: '',
      }),
    );
    expect(person.noteText).toBe('Samma');
  });

  it('saving the note it already has records nothing', () => {
    const desk = makeDesk();
    setPersonNote(desk.ctx(), argsFor('people.setNote', { personId: desk.personId, ...note('Samma') }));
    const before = snapshot(desk.db);
    setPersonNote(
      desk.ctx(NOW + HOUR),
      argsFor('people.setNote', { personId: desk.personId, ...note('Samma') }),
    );
    expect(snapshot(desk.db)).toBe(before);
  });

  it('an unknown person is not_found and nothing is written', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () => setPersonNote(desk.ctx(), argsFor('people.setNote', { personId: UNKNOWN_ID, ...note('x') })),
      'not_found',
    );
    expect(snapshot(desk.db)).toBe(before);
  });
});

describe('who they are', () => {
  it('sets the preferred name and languages, leaving out what was not sent', () => {
    const desk = makeDesk();
    const { person } = updatePerson(
      desk.ctx(),
      argsFor('people.update', { personId: desk.personId, preferredName: '  Åsa B  ' }),
    );
    expect(person).toMatchObject({ preferredName: 'Åsa B', languages: ['sv'] });
    const { person: again } = updatePerson(
      desk.ctx(),
      argsFor('people.update', { personId: desk.personId, languages: ['sv', 'en', 'sv'] }),
    );
    expect(again).toMatchObject({ preferredName: 'Åsa B', languages: ['sv', 'en'] });
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['people.update', 'people.update']);
  });

  it('an empty preferred name clears it; the search index follows', () => {
    const desk = makeDesk();
    updatePerson(desk.ctx(), argsFor('people.update', { personId: desk.personId, preferredName: 'Lillan' }));
    const match = "SELECT rowid FROM people_fts WHERE people_fts MATCH 'lillan'";
    expect(desk.db.prepare(match).all()).toHaveLength(1);
    const { person } = updatePerson(
      desk.ctx(),
      argsFor('people.update', { personId: desk.personId, preferredName: '' }),
    );
    expect(person.preferredName).toBeNull();
    expect(desk.db.prepare(match).all()).toHaveLength(0);
  });

  it('a change to nothing records nothing', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    updatePerson(desk.ctx(), argsFor('people.update', { personId: desk.personId, languages: ['sv'] }));
    expect(snapshot(desk.db)).toBe(before);
  });
});

describe('the personal agent', () => {
  it('is recorded on the person’s latest case as history, and queued', () => {
    const desk = makeDesk();
    const older = desk.caseId;
    desk.db.prepare('UPDATE cases SET last_contact_at = ? WHERE id = ?').run(NOW - 10 * HOUR, older);
    const latest = insertCase(desk.db, { personId: desk.personId, teamId: desk.teamId });

    const { person } = setPersonalAgent(
      desk.ctx(),
      argsFor('people.setPersonalAgent', { personId: desk.personId, agentId: desk.colleagueId }),
    );

    expect(person.personalAgentId).toBe(desk.colleagueId);
    expect(eventsOf(desk.db, older)).toEqual([]);
    expect(eventsOf(desk.db, latest)).toEqual([
      {
        kind: 'assigned',
        meta: JSON.stringify({
          personalAgent: true,
          personId: desk.personId,
          from: null,
          to: desk.colleagueId,
        }),
        body_text: '',
      },
    ]);
    const [row] = outboxRows(desk.db);
    expect(row?.name).toBe('people.setPersonalAgent');
    expect(JSON.parse(row?.args ?? '')).toMatchObject({ personId: desk.personId, agentId: desk.colleagueId });
  });

  it('a person without cases gets one all the same, with no event', () => {
    const desk = makeDesk();
    const loner = insertPerson(desk.db, 'Ensam Person');
    const { person } = setPersonalAgent(
      desk.ctx(),
      argsFor('people.setPersonalAgent', { personId: loner, agentId: desk.meId }),
    );
    expect(person.personalAgentId).toBe(desk.meId);
    expect(outboxRows(desk.db)).toHaveLength(1);
  });

  it('an unknown agent is not_found and nothing is written', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () =>
        setPersonalAgent(
          desk.ctx(),
          argsFor('people.setPersonalAgent', { personId: desk.personId, agentId: UNKNOWN_ID }),
        ),
      'not_found',
    );
    expect(snapshot(desk.db)).toBe(before);
  });
});

describe('contact points', () => {
  it('stores the value as typed and the normalized value incoming contacts match on', () => {
    const desk = makeDesk();
    const { contactPoint } = addContactPoint(
      desk.ctx(),
      argsFor('people.addContactPoint', {
        personId: desk.personId,
        kind: 'phone',
        value: '+46 70-123 45 67',
      }),
    );
    expect(contactPoint).toMatchObject({ personId: desk.personId, kind: 'phone', value: '+46 70-123 45 67' });
    expect(
      desk.db.prepare('SELECT norm_value FROM contact_points WHERE id = ?').get(contactPoint.id),
    ).toEqual({
      norm_value: '46701234567',
    });
    const [row] = outboxRows(desk.db);
    expect(JSON.parse(row?.args ?? '')).toMatchObject({
      contactPointId: contactPoint.id,
      value: '+46 70-123 45 67',
    });
  });

  it('the same number written differently is the one they already have', () => {
    const desk = makeDesk();
    const first = addContactPoint(
      desk.ctx(),
      argsFor('people.addContactPoint', { personId: desk.personId, kind: 'phone', value: '070-123 45 67' }),
    );
    const before = snapshot(desk.db);
    const again = addContactPoint(
      desk.ctx(),
      argsFor('people.addContactPoint', { personId: desk.personId, kind: 'phone', value: '0701234567' }),
    );
    expect(again.contactPoint.id).toBe(first.contactPoint.id);
    expect(snapshot(desk.db)).toBe(before);
  });

  it('refuses a value with no letters or digits, writing nothing', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () =>
        addContactPoint(
          desk.ctx(),
          argsFor('people.addContactPoint', { personId: desk.personId, kind: 'chat', value: '-- / --' }),
        ),
      'invalid_args',
    );
    expect(snapshot(desk.db)).toBe(before);
  });
});
