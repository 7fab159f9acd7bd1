import { describe, expect, it } from 'vitest';
import { makePromise } from '../../../src/core/commands/promises/makePromise';
import { cancelPromise, keepPromise } from '../../../src/core/commands/promises/resolvePromise';
import {
  argsFor,
  eventsOf,
  expectApiError,
  HOUR,
  insertOpenPromise,
  makeDesk,
  NOW,
  outboxRows,
  snapshot,
  UNKNOWN_ID,
} from './fixtures';

const THURSDAY = NOW + 48 * HOUR;

describe('making a promise', () => {
  it('is owned by me unless someone else is named, and tied to the case’s person', () => {
    const desk = makeDesk();
    const { promise } = makePromise(
      desk.ctx(),
      argsFor('promises.make', { caseId: desk.caseId, text: 'Ringer tillbaka på torsdag', dueAt: THURSDAY }),
    );
    expect(promise).toMatchObject({
      caseId: desk.caseId,
      personId: desk.personId,
      text: 'Ringer tillbaka på torsdag',
      dueAt: THURSDAY,
      ownerId: desk.meId,
      createdBy: desk.meId,
      status: 'open',
      createdAt: NOW,
      resolvedAt: null,
    });
    expect(eventsOf(desk.db, desk.caseId)).toEqual([
      {
        kind: 'promise_made',
        body_text: 'Ringer tillbaka på torsdag',
        meta: JSON.stringify({ promiseId: promise.id, dueAt: THURSDAY, ownerId: desk.meId }),
      },
    ]);
    const [row] = outboxRows(desk.db);
    expect(row?.name).toBe('promises.make');
    expect(JSON.parse(row!.args)).toMatchObject({ promiseId: promise.id, ownerId: null });
  });

  it('can be owned by a colleague', () => {
    const desk = makeDesk();
    const { promise } = makePromise(
      desk.ctx(),
      argsFor('promises.make', {
        caseId: desk.caseId,
        text: 'Skickar blankett',
        dueAt: THURSDAY,
        ownerId: desk.colleagueId,
      }),
    );
    expect(promise.ownerId).toBe(desk.colleagueId);
    expect(promise.createdBy).toBe(desk.meId);
  });

  it('for an owner who does not exist is not_found and writes nothing', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () =>
        makePromise(
          desk.ctx(),
          argsFor('promises.make', { caseId: desk.caseId, text: 'x', dueAt: THURSDAY, ownerId: UNKNOWN_ID }),
        ),
      'not_found',
    );
    expect(snapshot(desk.db)).toBe(before);
  });

  it('on an unknown case is not_found and writes nothing', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () =>
        makePromise(desk.ctx(), argsFor('promises.make', { caseId: UNKNOWN_ID, text: 'x', dueAt: THURSDAY })),
      'not_found',
    );
    expect(snapshot(desk.db)).toBe(before);
  });
});

describe('keeping or cancelling a promise', () => {
  it('keeping records when, the optional note, and an event carrying the promise’s text', () => {
    const desk = makeDesk();
    const promiseId = insertOpenPromise(desk.db, desk, 'Ringer tillbaka på torsdag');
    const { promise } = keepPromise(desk.ctx(NOW + HOUR), argsFor('promises.keep', { promiseId }));

    expect(promise).toMatchObject({ status: 'kept', resolvedAt: NOW + HOUR, resolutionNote: null });
    expect(eventsOf(desk.db, desk.caseId)).toEqual([
      {
        kind: 'promise_kept',
        body_text: '',
        meta: JSON.stringify({ promiseId, text: 'Ringer tillbaka på torsdag', dueAt: THURSDAY }),
      },
    ]);
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['promises.keep']);
  });

  it('cancelling keeps the reason', () => {
    const desk = makeDesk();
    const promiseId = insertOpenPromise(desk.db, desk);
    const { promise } = cancelPromise(
      desk.ctx(),
      argsFor('promises.cancel', { promiseId, note: 'Kunden löste det själv.' }),
    );
    expect(promise).toMatchObject({ status: 'cancelled', resolutionNote: 'Kunden löste det själv.' });
    expect(eventsOf(desk.db, desk.caseId)[0]).toMatchObject({
      kind: 'promise_cancelled',
      body_text: 'Kunden löste det själv.',
    });
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['promises.cancel']);
  });

  it('a promise that is no longer open is a conflict and nothing more is written', () => {
    const desk = makeDesk();
    const promiseId = insertOpenPromise(desk.db, desk);
    keepPromise(desk.ctx(), argsFor('promises.keep', { promiseId }));
    const before = snapshot(desk.db);

    expectApiError(() => keepPromise(desk.ctx(), argsFor('promises.keep', { promiseId })), 'conflict');
    expectApiError(
      () => cancelPromise(desk.ctx(), argsFor('promises.cancel', { promiseId, note: 'Ångrar' })),
      'conflict',
    );
    expect(snapshot(desk.db)).toBe(before);
  });

  it('an unknown promise is not_found', () => {
    const desk = makeDesk();
    expectApiError(
      () => keepPromise(desk.ctx(), argsFor('promises.keep', { promiseId: UNKNOWN_ID })),
      'not_found',
    );
  });
});
