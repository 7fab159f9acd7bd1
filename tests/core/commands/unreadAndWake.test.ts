import { describe, expect, it } from 'vitest';
import { markCaseUnread } from '../../../src/core/commands/cases/markCaseUnread';
import { snoozeCase } from '../../../src/core/commands/cases/snoozeCase';
import { wakeCase } from '../../../src/core/commands/cases/wakeCase';
import { Case } from '../../../src/shared/domain';
import {
  argsFor,
  eventsOf,
  expectApiError,
  HOUR,
  makeDesk,
  NOW,
  outboxRows,
  snapshot,
  UNKNOWN_ID,
} from './fixtures';

describe('marking a case unread', () => {
  it('puts it back on the pile without touching its history, and queues cases.markUnread', () => {
    const desk = makeDesk();
    const { case: unread } = markCaseUnread(
      desk.ctx(NOW + HOUR),
      argsFor('cases.markUnread', { caseId: desk.caseId, unread: true }),
    );
    expect(unread).toMatchObject({ unread: true, updatedAt: NOW + HOUR });
    expect(eventsOf(desk.db, desk.caseId)).toEqual([]);
    const [row] = outboxRows(desk.db);
    expect(row?.name).toBe('cases.markUnread');
    expect(JSON.parse(row?.args ?? '')).toEqual({ caseId: desk.caseId, unread: true });

    const { case: read } = markCaseUnread(
      desk.ctx(),
      argsFor('cases.markUnread', { caseId: desk.caseId, unread: false }),
    );
    expect(read.unread).toBe(false);
  });

  it('asking for the state it already has records nothing', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    markCaseUnread(desk.ctx(), argsFor('cases.markUnread', { caseId: desk.caseId, unread: false }));
    expect(snapshot(desk.db)).toBe(before);
  });

  it('an unknown case is not_found and nothing is written', () => {
    const desk = makeDesk();
    const before = snapshot(desk.db);
    expectApiError(
      () => markCaseUnread(desk.ctx(), argsFor('cases.markUnread', { caseId: UNKNOWN_ID, unread: true })),
      'not_found',
    );
    expect(snapshot(desk.db)).toBe(before);
  });
});

describe('a snooze running out (cases.wake)', () => {
  function snoozedDesk() {
    const desk = makeDesk();
    const until = NOW + 2 * HOUR;
    snoozeCase(desk.ctx(), argsFor('cases.snooze', { caseId: desk.caseId, until }));
    return { desk, until };
  }

  it('opens the case again, unread, recorded as done by Nära and queued for the hub', () => {
    const { desk, until } = snoozedDesk();
    const woken = wakeCase(desk.ctx(until), desk.caseId, until);

    expect(Case.parse(woken)).toMatchObject({
      status: 'open',
      snoozedUntil: null,
      unread: true,
      updatedAt: until,
    });
    const wake = desk.db
      .prepare(
        "SELECT author_id, meta FROM events WHERE case_id = ? AND kind = 'status_changed' ORDER BY n DESC",
      )
      .get(desk.caseId);
    expect(wake).toEqual({
      author_id: null,
      meta: JSON.stringify({ from: 'snoozed', to: 'open', snoozedUntil: until }),
    });
    const last = outboxRows(desk.db).at(-1);
    expect(last?.name).toBe('cases.wake');
    expect(JSON.parse(last?.args ?? '')).toEqual({
      caseId: desk.caseId,
      snoozedUntil: until,
      eventId: expect.any(String),
    });
  });

  it('is harmless to run twice, early, or after the case was snoozed again or reopened', () => {
    const { desk, until } = snoozedDesk();
    const before = snapshot(desk.db);
    expect(wakeCase(desk.ctx(until - 1), desk.caseId, until)).toBeNull();
    expect(wakeCase(desk.ctx(until), desk.caseId, until - HOUR)).toBeNull();
    expect(snapshot(desk.db)).toBe(before);

    wakeCase(desk.ctx(until), desk.caseId, until);
    const afterWake = snapshot(desk.db);
    expect(wakeCase(desk.ctx(until + HOUR), desk.caseId, until)).toBeNull();
    expect(snapshot(desk.db)).toBe(afterWake);
  });
});
