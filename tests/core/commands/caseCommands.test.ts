import { describe, expect, it } from 'vitest';
import { assignCase } from '../../../src/core/commands/cases/assignCase';
import { setCasePriority } from '../../../src/core/commands/cases/setCasePriority';
import { setCaseStatus } from '../../../src/core/commands/cases/setCaseStatus';
import { snoozeCase } from '../../../src/core/commands/cases/snoozeCase';
import {
  argsFor,
  eventsOf,
  expectApiError,
  HOUR,
  insertAgent,
  insertTeam,
  insertOpenPromise,
  makeDesk,
  NOW,
  outboxRows,
  snapshot,
  UNKNOWN_ID,
} from './fixtures';

describe('resolving and reopening a case', () => {
  it('closing stamps closed_at, records from/to on the timeline and queues cases.setStatus', () => {
    const desk = makeDesk();
    const { case: closed } = setCaseStatus(
      desk.ctx(NOW + HOUR),
      argsFor('cases.setStatus', { caseId: desk.caseId, status: 'closed' }),
    );

    expect(closed).toMatchObject({ status: 'closed', closedAt: NOW + HOUR, updatedAt: NOW + HOUR });
    expect(eventsOf(desk.db, desk.caseId)).toEqual([
      { kind: 'status_changed', meta: JSON.stringify({ from: 'open', to: 'closed' }), body_text: '' },
    ]);
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['cases.setStatus']);
  });

  it('reopening clears closed_at', () => {
    const desk = makeDesk();
    setCaseStatus(desk.ctx(), argsFor('cases.setStatus', { caseId: desk.caseId, status: 'closed' }));
    const { case: reopened } = setCaseStatus(
      desk.ctx(NOW + HOUR),
      argsFor('cases.setStatus', { caseId: desk.caseId, status: 'open' }),
    );

    expect(reopened).toMatchObject({ status: 'open', closedAt: null });
    expect(outboxRows(desk.db).map((r) => r.seq)).toEqual([1, 2]);
  });

  it('closing a case leaves its open promises open', () => {
    const desk = makeDesk();
    const promiseId = insertOpenPromise(desk.db, desk);
    setCaseStatus(desk.ctx(), argsFor('cases.setStatus', { caseId: desk.caseId, status: 'closed' }));

    const promise = desk.db.prepare('SELECT status FROM promises WHERE id = ?').get(promiseId);
    expect(promise).toEqual({ status: 'open' });
  });

  it('setting the status the case already has records nothing', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    const { case: same } = setCaseStatus(
      desk.ctx(),
      argsFor('cases.setStatus', { caseId: desk.caseId, status: 'open' }),
    );
    expect(same.status).toBe('open');
    expect(snapshot(desk.db)).toBe(before);
  });

  it('an unknown case is not_found and nothing is written', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () => setCaseStatus(desk.ctx(), argsFor('cases.setStatus', { caseId: UNKNOWN_ID, status: 'closed' })),
      'not_found',
    );
    expect(snapshot(desk.db)).toBe(before);
  });
});

describe('snoozing a case', () => {
  it('sets status snoozed and the time it wakes up', () => {
    const desk = makeDesk();
    const until = NOW + 24 * HOUR;
    const { case: snoozed } = snoozeCase(desk.ctx(), argsFor('cases.snooze', { caseId: desk.caseId, until }));

    expect(snoozed).toMatchObject({ status: 'snoozed', snoozedUntil: until });
    expect(eventsOf(desk.db, desk.caseId)[0]).toMatchObject({
      kind: 'status_changed',
      meta: JSON.stringify({ from: 'open', to: 'snoozed', until }),
    });
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['cases.snooze']);
  });

  it('waking a snoozed case by hand clears the snooze time', () => {
    const desk = makeDesk();
    snoozeCase(desk.ctx(), argsFor('cases.snooze', { caseId: desk.caseId, until: NOW + HOUR }));
    const { case: woken } = setCaseStatus(
      desk.ctx(),
      argsFor('cases.setStatus', { caseId: desk.caseId, status: 'open' }),
    );
    expect(woken).toMatchObject({ status: 'open', snoozedUntil: null });
  });

  it('refuses a time that has already passed, writing nothing', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () => snoozeCase(desk.ctx(), argsFor('cases.snooze', { caseId: desk.caseId, until: NOW - 1 })),
      'invalid_args',
    );
    expect(snapshot(desk.db)).toBe(before);
  });
});

describe('changing the priority', () => {
  it('records from/to and queues cases.setPriority', () => {
    const desk = makeDesk();
    const { case: urgent } = setCasePriority(
      desk.ctx(),
      argsFor('cases.setPriority', { caseId: desk.caseId, priority: 'urgent' }),
    );
    expect(urgent.priority).toBe('urgent');
    expect(eventsOf(desk.db, desk.caseId)).toEqual([
      { kind: 'priority_changed', meta: JSON.stringify({ from: 'normal', to: 'urgent' }), body_text: '' },
    ]);
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['cases.setPriority']);
  });
});

describe('assigning and handing over', () => {
  it('a hand-over to a colleague keeps the note on the timeline', () => {
    const desk = makeDesk();
    const note = 'Kunden väntar på besked om återbetalning; lovat svar före fredag.';
    const { case: handed } = assignCase(
      desk.ctx(),
      argsFor('cases.assign', { caseId: desk.caseId, assigneeId: desk.colleagueId, handoverNote: note }),
    );

    expect(handed.assigneeId).toBe(desk.colleagueId);
    expect(eventsOf(desk.db, desk.caseId)).toEqual([
      { kind: 'assigned', meta: JSON.stringify({ from: desk.meId, to: desk.colleagueId }), body_text: note },
    ]);
    const [row] = outboxRows(desk.db);
    expect(row?.name).toBe('cases.assign');
    expect(JSON.parse(row!.args)).toMatchObject({ assigneeId: desk.colleagueId, handoverNote: note });
  });

  it('a hand-over to a colleague without a note is refused and writes nothing', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () =>
        assignCase(
          desk.ctx(),
          argsFor('cases.assign', { caseId: desk.caseId, assigneeId: desk.colleagueId }),
        ),
      'invalid_args',
      'A hand-over needs a short note',
    );
    expect(snapshot(desk.db)).toBe(before);
  });

  it('a hand-over to an agent of another team is refused and writes nothing (the case stays in its team)', () => {
    const desk = makeDesk();
    const outsider = insertAgent(desk.db, insertTeam(desk.db, 'Energi'), 'Sami Järvinen');
    const before = snapshot(desk.db);
    expectApiError(
      () =>
        assignCase(
          desk.ctx(),
          argsFor('cases.assign', { caseId: desk.caseId, assigneeId: outsider, handoverNote: 'Till dig' }),
        ),
      'invalid_args',
      'Sami Järvinen works in another team; hand the case to someone in its team.',
    );
    expect(snapshot(desk.db)).toBe(before);
  });

  it('a note of only spaces is no note', () => {
    const desk = makeDesk();
    expectApiError(
      () =>
        assignCase(
          desk.ctx(),
          argsFor('cases.assign', { caseId: desk.caseId, assigneeId: desk.colleagueId, handoverNote: '   ' }),
        ),
      'invalid_args',
    );
  });

  it('taking a case yourself or unassigning it needs no note', () => {
    const desk = makeDesk();
    const { case: unassigned } = assignCase(
      desk.ctx(),
      argsFor('cases.assign', { caseId: desk.caseId, assigneeId: null }),
    );
    expect(unassigned.assigneeId).toBeNull();

    const { case: taken } = assignCase(
      desk.ctx(),
      argsFor('cases.assign', { caseId: desk.caseId, assigneeId: desk.meId }),
    );
    expect(taken.assigneeId).toBe(desk.meId);
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['cases.assign', 'cases.assign']);
  });

  it('assigning to an agent who does not exist is not_found and writes nothing', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () =>
        assignCase(
          desk.ctx(),
          argsFor('cases.assign', { caseId: desk.caseId, assigneeId: UNKNOWN_ID, handoverNote: 'Till dig' }),
        ),
      'not_found',
    );
    expect(snapshot(desk.db)).toBe(before);
  });

  it('a hand-over leaves open promises with their owner', () => {
    const desk = makeDesk();
    const promiseId = insertOpenPromise(desk.db, desk);
    const third = insertAgent(desk.db, desk.teamId, 'Sanna Virtanen');
    assignCase(
      desk.ctx(),
      argsFor('cases.assign', { caseId: desk.caseId, assigneeId: third, handoverNote: 'Semester' }),
    );
    expect(desk.db.prepare('SELECT status, owner_id FROM promises WHERE id = ?').get(promiseId)).toEqual({
      status: 'open',
      owner_id: desk.meId,
    });
  });
});
