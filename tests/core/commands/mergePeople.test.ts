import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { mergePeople } from '../../../src/core/commands/people/mergePeople';
import { setPersonNote } from '../../../src/core/commands/people/setPersonNote';
import { unmergePeople } from '../../../src/core/commands/people/unmergePeople';
import { makePromise } from '../../../src/core/commands/promises/makePromise';
import { listInbox } from '../../../src/core/queries/inbox';
import { getPersonDetail } from '../../../src/core/queries/personDetail';
import { searchAll } from '../../../src/core/queries/search';
import { lexicalFromParagraphs } from '../../../src/shared/text/lexicalText';
import { methods, type Result } from '../../../src/shared/api';
import { DAY, HOUR, NOW, makeDesk, type Desk } from '../queries/fixtures';
import { argsFor, expectApiError, outboxRows, snapshot, UNKNOWN_ID } from './fixtures';

const ctx = (desk: Desk, now = NOW) => ({ db: desk.db, meId: desk.meId, now });

const detail = (desk: Desk, personId: string, now = NOW) =>
  methods['people.get'].result.parse(
    getPersonDetail(desk.db, { meId: desk.meId, now }, argsFor('people.get', { personId })),
  );

/** A person's view minus what a merge and its undo add on purpose: their history of merging. */
function withoutMergeHistory(view: Result<'people.get'>) {
  return { ...view, merges: [], timeline: view.timeline.filter((e) => e.kind !== 'person_merged') };
}

function addPoint(desk: Desk, personId: string, kind: string, value: string): string {
  const id = v7();
  desk.db
    .prepare('INSERT INTO contact_points(id, person_id, kind, value, norm_value) VALUES (?, ?, ?, ?, ?)')
    .run(id, personId, kind, value, value.toLowerCase());
  return id;
}

/** Bjørn twice: his own record, and a duplicate made when he wrote from another address. */
function duplicateDesk() {
  const desk = makeDesk();
  const bjorn = desk.person({ name: 'Bjørn Hansen', personalAgentId: desk.meId, noteText: 'Ring efter 15.' });
  const duplicate = desk.person({ name: 'Bjorn Hansen', noteText: 'Skriver helst på engelska.' });
  addPoint(desk, bjorn, 'phone', '+47 912 34 567');
  addPoint(desk, duplicate, 'email', 'bjorn.h@example.net');
  const invoice = desk.caseOf({ personId: bjorn, subject: 'Faktura', lastContactAt: NOW - 2 * DAY });
  const meter = desk.caseOf({ personId: duplicate, subject: 'Mätarställning', lastContactAt: NOW - HOUR });
  const closed = desk.caseOf({ personId: duplicate, status: 'closed', lastContactAt: NOW - 20 * DAY });
  desk.event({ caseId: invoice, channel: 'phone', createdAt: NOW - 2 * DAY });
  desk.event({
    caseId: meter,
    channel: 'email',
    createdAt: NOW - 3 * HOUR,
    bodyText: 'Min mätare visar 4711.',
  });
  desk.event({ caseId: meter, channel: 'chat', createdAt: NOW - HOUR });
  desk.event({ caseId: closed, channel: 'letter', createdAt: NOW - 20 * DAY });
  const openPromise = desk.promise({ caseId: meter, dueAt: NOW + DAY, ownerId: desk.meId });
  const keptPromise = desk.promise({
    caseId: closed,
    dueAt: NOW - 19 * DAY,
    ownerId: desk.meId,
    status: 'kept',
    resolvedAt: NOW - 19 * DAY - HOUR,
  });
  desk.promise({ caseId: invoice, dueAt: NOW + 2 * DAY, ownerId: desk.colleagueId });
  return { desk, bjorn, duplicate, invoice, meter, closed, openPromise, keptPromise };
}

describe('merging a duplicate into the person we keep', () => {
  it('moves their cases, contact points and promises, and combines the notes', () => {
    const d = duplicateDesk();
    const { person, merge } = mergePeople(
      ctx(d.desk),
      argsFor('people.merge', { keepId: d.bjorn, mergeId: d.duplicate }),
    );

    expect(methods['people.merge'].result.parse({ person, merge })).toBeTruthy();
    expect(person.noteText).toBe('Ring efter 15.\n\nSkriver helst på engelska.');
    expect(merge).toMatchObject({
      keptId: d.bjorn,
      mergedId: d.duplicate,
      mergedName: 'Bjorn Hansen',
      undoneAt: null,
    });

    const kept = detail(d.desk, d.bjorn);
    expect(kept.cases.map((c) => c.id)).toEqual([d.meter, d.invoice, d.closed]);
    expect(kept.cases.every((c) => c.personId === d.bjorn && c.personName === 'Bjørn Hansen')).toBe(true);
    expect(kept.contactPoints.map((p) => p.value)).toEqual(['bjorn.h@example.net', '+47 912 34 567']);
    expect(kept.promises.map((p) => p.id)).toEqual(expect.arrayContaining([d.openPromise, d.keptPromise]));
    expect(kept.merges).toEqual([merge]);

    const gone = detail(d.desk, d.duplicate);
    expect(gone.person.mergedInto).toBe(d.bjorn);
    expect(gone.cases).toEqual([]);
    expect(gone.contactPoints).toEqual([]);
    expect(gone.promises).toEqual([]);
  });

  it('brings the duplicate’s whole story into the person’s timeline, events unchanged', () => {
    const d = duplicateDesk();
    const storyBefore = detail(d.desk, d.duplicate).timeline;
    mergePeople(ctx(d.desk), argsFor('people.merge', { keepId: d.bjorn, mergeId: d.duplicate }));

    const timeline = detail(d.desk, d.bjorn).timeline;
    for (const event of storyBefore) expect(timeline).toContainEqual(event);
    // Append-only: the moved events still name the person they were recorded for.
    expect(storyBefore.every((e) => e.personId === d.duplicate)).toBe(true);
    const merged = timeline.filter((e) => e.kind === 'person_merged');
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      caseId: d.meter,
      authorId: d.desk.meId,
      meta: { mergedName: 'Bjorn Hansen' },
    });
  });

  it('counts the duplicate’s contacts in the repeat signal, in the inbox too', () => {
    const d = duplicateDesk();
    expect(detail(d.desk, d.bjorn).repeat).toEqual({ contacts7d: 1, channels7d: ['phone'] });
    mergePeople(ctx(d.desk), argsFor('people.merge', { keepId: d.bjorn, mergeId: d.duplicate }));

    const signal = { contacts7d: 3, channels7d: ['chat', 'email', 'phone'] };
    expect(detail(d.desk, d.bjorn).repeat).toEqual(signal);
    const inbox = listInbox(d.desk.db, d.desk.ctx, argsFor('cases.list', { view: 'team' }));
    const meterRow = inbox.rows.find((r) => r.id === d.meter);
    expect(meterRow).toMatchObject({ personId: d.bjorn, personName: 'Bjørn Hansen', repeat: signal });
    const myPeople = listInbox(d.desk.db, d.desk.ctx, argsFor('cases.list', { view: 'my_people' }));
    expect(myPeople.rows.map((r) => r.id)).toEqual([d.meter, d.invoice]);
  });

  it('search shows only the kept person, with the duplicate’s cases and messages under them', () => {
    const d = duplicateDesk();
    mergePeople(ctx(d.desk), argsFor('people.merge', { keepId: d.bjorn, mergeId: d.duplicate }));
    const hits = searchAll(d.desk.db, d.desk.ctx, argsFor('search.query', { q: 'bjorn' })).hits;
    expect(hits.filter((h) => h.kind === 'person').map((h) => h.id)).toEqual([d.bjorn]);
    const message = searchAll(d.desk.db, d.desk.ctx, argsFor('search.query', { q: '4711' })).hits;
    expect(message).toEqual([
      expect.objectContaining({ kind: 'message', personId: d.bjorn, caseId: d.meter }),
    ]);
  });

  it('is queued with the ids it made, so the hub replays the same merge', () => {
    const d = duplicateDesk();
    const { merge } = mergePeople(
      ctx(d.desk),
      argsFor('people.merge', { keepId: d.bjorn, mergeId: d.duplicate }),
    );
    const [row] = outboxRows(d.desk.db);
    expect(row?.name).toBe('people.merge');
    expect(JSON.parse(row?.args ?? '')).toEqual({
      keepId: d.bjorn,
      mergeId: d.duplicate,
      personMergeId: merge.id,
      eventId: expect.any(String),
    });
  });

  it.each([
    [
      'a person into themselves',
      'invalid_args',
      (d: ReturnType<typeof duplicateDesk>) => ({ keepId: d.bjorn, mergeId: d.bjorn }),
    ],
    [
      'an unknown duplicate',
      'not_found',
      (d: ReturnType<typeof duplicateDesk>) => ({ keepId: d.bjorn, mergeId: UNKNOWN_ID }),
    ],
    [
      'an unknown person to keep',
      'not_found',
      (d: ReturnType<typeof duplicateDesk>) => ({ keepId: UNKNOWN_ID, mergeId: d.bjorn }),
    ],
  ] as const)('refuses to merge %s (%s), writing nothing', (_what, code, args) => {
    const d = duplicateDesk();
    const before = snapshot(d.desk.db);
    expectApiError(() => mergePeople(ctx(d.desk), argsFor('people.merge', args(d))), code);
    expect(snapshot(d.desk.db)).toBe(before);
  });

  it('refuses to merge into, or to merge again, someone already merged: conflict, nothing written', () => {
    const d = duplicateDesk();
    const third = d.desk.person({ name: 'Björn Hansen' });
    mergePeople(ctx(d.desk), argsFor('people.merge', { keepId: d.bjorn, mergeId: d.duplicate }));
    const before = snapshot(d.desk.db);
    expectApiError(
      () => mergePeople(ctx(d.desk), argsFor('people.merge', { keepId: d.duplicate, mergeId: third })),
      'conflict',
    );
    expectApiError(
      () => mergePeople(ctx(d.desk), argsFor('people.merge', { keepId: third, mergeId: d.duplicate })),
      'conflict',
    );
    expect(snapshot(d.desk.db)).toBe(before);
  });
});

describe('undoing a merge', () => {
  it('restores both people exactly as they were', () => {
    const d = duplicateDesk();
    const later = NOW + HOUR;
    const keptBefore = detail(d.desk, d.bjorn, later);
    const duplicateBefore = detail(d.desk, d.duplicate, later);
    const { merge } = mergePeople(
      ctx(d.desk),
      argsFor('people.merge', { keepId: d.bjorn, mergeId: d.duplicate }),
    );

    const { person, restored } = unmergePeople(
      ctx(d.desk, later),
      argsFor('people.unmerge', { mergeId: merge.id }),
    );

    expect(methods['people.unmerge'].result.parse({ person, restored })).toBeTruthy();
    expect(withoutMergeHistory(detail(d.desk, d.bjorn, later))).toEqual(withoutMergeHistory(keptBefore));
    expect(withoutMergeHistory(detail(d.desk, d.duplicate, later))).toEqual(
      withoutMergeHistory(duplicateBefore),
    );
    expect(detail(d.desk, d.bjorn, later).merges).toEqual([{ ...merge, undoneAt: later }]);
    expect(outboxRows(d.desk.db).map((r) => r.name)).toEqual(['people.merge', 'people.unmerge']);
    const history = detail(d.desk, d.duplicate, later).timeline.filter((e) => e.kind === 'person_merged');
    expect(history.map((e) => e.meta.undone)).toEqual([false, true]);
  });

  it('sends promises made meanwhile on a restored case back with their case', () => {
    const d = duplicateDesk();
    const { merge } = mergePeople(
      ctx(d.desk),
      argsFor('people.merge', { keepId: d.bjorn, mergeId: d.duplicate }),
    );
    const { promise } = makePromise(
      ctx(d.desk),
      argsFor('promises.make', { caseId: d.meter, text: 'Ringer om mätaren', dueAt: NOW + DAY }),
    );
    expect(promise.personId).toBe(d.bjorn);
    unmergePeople(ctx(d.desk), argsFor('people.unmerge', { mergeId: merge.id }));
    expect(detail(d.desk, d.duplicate).promises.map((p) => p.id)).toContain(promise.id);
    expect(detail(d.desk, d.bjorn).promises.map((p) => p.id)).not.toContain(promise.id);
  });

  it('keeps the kept person’s note when someone edited it after the merge', () => {
    const d = duplicateDesk();
    const { merge } = mergePeople(
      ctx(d.desk),
      argsFor('people.merge', { keepId: d.bjorn, mergeId: d.duplicate }),
    );
    setPersonNote(
      ctx(d.desk),
      argsFor('people.setNote', {
        personId: d.bjorn,
        noteRich: lexicalFromParagraphs(['Ny anteckning efter sammanslagningen.']),
        noteText: 'Ny anteckning efter sammanslagningen.',
      }),
    );
    const { person } = unmergePeople(ctx(d.desk), argsFor('people.unmerge', { mergeId: merge.id }));
    expect(person.noteText).toBe('Ny anteckning efter sammanslagningen.');
  });

  it('undoing twice is a conflict, and the second try writes nothing', () => {
    const d = duplicateDesk();
    const { merge } = mergePeople(
      ctx(d.desk),
      argsFor('people.merge', { keepId: d.bjorn, mergeId: d.duplicate }),
    );
    unmergePeople(ctx(d.desk), argsFor('people.unmerge', { mergeId: merge.id }));
    const before = snapshot(d.desk.db);
    expectApiError(
      () => unmergePeople(ctx(d.desk), argsFor('people.unmerge', { mergeId: merge.id })),
      'conflict',
    );
    expectApiError(
      () => unmergePeople(ctx(d.desk), argsFor('people.unmerge', { mergeId: UNKNOWN_ID })),
      'not_found',
    );
    expect(snapshot(d.desk.db)).toBe(before);
  });

  it('waits for a later merge of the kept person to be undone first', () => {
    const d = duplicateDesk();
    const third = d.desk.person({ name: 'Bjørn A. Hansen' });
    const first = mergePeople(
      ctx(d.desk),
      argsFor('people.merge', { keepId: d.bjorn, mergeId: d.duplicate }),
    ).merge;
    const second = mergePeople(
      ctx(d.desk),
      argsFor('people.merge', { keepId: third, mergeId: d.bjorn }),
    ).merge;
    expect(detail(d.desk, third).cases).toHaveLength(3);

    expectApiError(
      () => unmergePeople(ctx(d.desk), argsFor('people.unmerge', { mergeId: first.id })),
      'conflict',
    );
    unmergePeople(ctx(d.desk), argsFor('people.unmerge', { mergeId: second.id }));
    unmergePeople(ctx(d.desk), argsFor('people.unmerge', { mergeId: first.id }));
    expect(detail(d.desk, third).cases).toEqual([]);
    expect(detail(d.desk, d.duplicate).cases.map((c) => c.id)).toEqual([d.meter, d.closed]);
    expect(detail(d.desk, d.bjorn).cases.map((c) => c.id)).toEqual([d.invoice]);
  });
});
