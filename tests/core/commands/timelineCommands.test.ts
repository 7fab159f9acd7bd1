import { describe, expect, it } from 'vitest';
import { SNIPPET_LENGTH } from '../../../src/shared/sync/snippet';
import { addNote } from '../../../src/core/commands/timeline/addNote';
import { logContact } from '../../../src/core/commands/timeline/logContact';
import { sendReply } from '../../../src/core/commands/timeline/sendReply';
import { caseFromRow, type CaseRow } from '../../../src/core/store/rows';
import {
  argsFor,
  expectApiError,
  HOUR,
  insertCase,
  insertOpenPromise,
  makeDesk,
  NOW,
  outboxRows,
  snapshot,
  UNKNOWN_ID,
  type Desk,
} from './fixtures';

function caseOf(desk: Desk, caseId = desk.caseId) {
  return caseFromRow(desk.db.prepare('SELECT * FROM cases WHERE id = ?').get(caseId) as CaseRow);
}

function snippetOf(desk: Desk): string {
  return (desk.db.prepare('SELECT snippet FROM cases WHERE id = ?').get(desk.caseId) as { snippet: string })
    .snippet;
}

describe('an internal note', () => {
  it('is a note on the timeline, in no channel, written by me', () => {
    const desk = makeDesk();
    const { event } = addNote(
      desk.ctx(),
      argsFor('notes.add', {
        caseId: desk.caseId,
        bodyText: 'Kollat med ekonomi: dubbeldebitering bekräftad.',
      }),
    );
    expect(event).toMatchObject({
      caseId: desk.caseId,
      personId: desk.personId,
      kind: 'note',
      channel: null,
      direction: null,
      authorId: desk.meId,
      createdAt: NOW,
      bodyText: 'Kollat med ekonomi: dubbeldebitering bekräftad.',
      bodyRich: null,
    });
    const [row] = outboxRows(desk.db);
    expect(row?.name).toBe('notes.add');
    expect(JSON.parse(row!.args)).toMatchObject({ caseId: desk.caseId, eventId: event.id });
  });

  it('changes the case but is not a contact: last contact and snippet stay', () => {
    const desk = makeDesk();
    const before = caseOf(desk);
    addNote(desk.ctx(NOW + HOUR), argsFor('notes.add', { caseId: desk.caseId, bodyText: 'Intern' }));
    const after = caseOf(desk);
    expect(after.updatedAt).toBe(NOW + HOUR);
    expect(after.lastContactAt).toBe(before.lastContactAt);
    expect(after.firstResponseAt).toBeNull();
    expect(snippetOf(desk)).toBe('Hej, min faktura för februari är dubbel.');
  });

  it('on an unknown case is not_found and writes nothing', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () => addNote(desk.ctx(), argsFor('notes.add', { caseId: UNKNOWN_ID, bodyText: 'x' })),
      'not_found',
    );
    expect(snapshot(desk.db)).toBe(before);
  });
});

describe('a reply to the customer', () => {
  it('goes out through the case’s channel and becomes the last contact', () => {
    const desk = makeDesk();
    const chatCase = insertCase(desk.db, { personId: desk.personId, teamId: desk.teamId, channel: 'chat' });
    const { event } = sendReply(
      desk.ctx(NOW + HOUR),
      argsFor('replies.send', { caseId: chatCase, bodyText: 'Hej Åsa!\n\nVi har rättat fakturan.' }),
    );

    expect(event).toMatchObject({ kind: 'contact', channel: 'chat', direction: 'out', authorId: desk.meId });
    const replied = caseOf(desk, chatCase);
    expect(replied).toMatchObject({
      lastContactAt: NOW + HOUR,
      firstResponseAt: NOW + HOUR,
      updatedAt: NOW + HOUR,
    });
    const { snippet } = desk.db.prepare('SELECT snippet FROM cases WHERE id = ?').get(chatCase) as {
      snippet: string;
    };
    expect(snippet).toBe('Hej Åsa! Vi har rättat fakturan.');
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['replies.send']);
  });

  it('only the first reply is the first response', () => {
    const desk = makeDesk();
    sendReply(desk.ctx(NOW), argsFor('replies.send', { caseId: desk.caseId, bodyText: 'Första svaret' }));
    sendReply(
      desk.ctx(NOW + HOUR),
      argsFor('replies.send', { caseId: desk.caseId, bodyText: 'Andra svaret' }),
    );
    expect(caseOf(desk)).toMatchObject({ firstResponseAt: NOW, lastContactAt: NOW + HOUR });
    expect(outboxRows(desk.db).map((r) => r.seq)).toEqual([1, 2]);
  });

  it('keeps a long message’s snippet to one inbox line', () => {
    const desk = makeDesk();
    sendReply(desk.ctx(), argsFor('replies.send', { caseId: desk.caseId, bodyText: 'ø'.repeat(500) }));
    const snippet = snippetOf(desk);
    expect(Array.from(snippet)).toHaveLength(SNIPPET_LENGTH);
    expect(snippet.endsWith('…')).toBe(true);
  });

  it('never touches the case’s promises', () => {
    const desk = makeDesk();
    const promiseId = insertOpenPromise(desk.db, desk);
    const before = desk.db.prepare('SELECT * FROM promises WHERE id = ?').get(promiseId);
    sendReply(
      desk.ctx(),
      argsFor('replies.send', { caseId: desk.caseId, bodyText: 'Vi ringer dig på torsdag.' }),
    );
    expect(desk.db.prepare('SELECT * FROM promises WHERE id = ?').get(promiseId)).toEqual(before);
  });
});

describe('logging a call, visit or letter', () => {
  it('records channel, direction and call length', () => {
    const desk = makeDesk();
    const { event } = logContact(
      desk.ctx(),
      argsFor('contacts.log', {
        caseId: desk.caseId,
        channel: 'phone',
        direction: 'in',
        durationSec: 312,
        bodyText: 'Ringde om fakturan igen, orolig för påminnelseavgift.',
      }),
    );
    expect(event).toMatchObject({
      kind: 'contact',
      channel: 'phone',
      direction: 'in',
      meta: { durationSec: 312 },
    });
    expect(caseOf(desk).lastContactAt).toBe(NOW);
    expect(snippetOf(desk)).toBe('Ringde om fakturan igen, orolig för påminnelseavgift.');
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['contacts.log']);
  });

  it('an incoming call is not a response; an outgoing one is', () => {
    const desk = makeDesk();
    const log = (direction: 'in' | 'out', now: number) =>
      logContact(
        desk.ctx(now),
        argsFor('contacts.log', { caseId: desk.caseId, channel: 'phone', direction, bodyText: 'Samtal' }),
      );
    log('in', NOW);
    expect(caseOf(desk).firstResponseAt).toBeNull();
    log('out', NOW + HOUR);
    expect(caseOf(desk).firstResponseAt).toBe(NOW + HOUR);
  });

  it('on an unknown case is not_found and writes nothing', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () =>
        logContact(
          desk.ctx(),
          argsFor('contacts.log', {
            caseId: UNKNOWN_ID,
            channel: 'visit',
            direction: 'in',
            bodyText: 'Besök',
          }),
        ),
      'not_found',
    );
    expect(snapshot(desk.db)).toBe(before);
  });
});
