import { describe, expect, it } from 'vitest';
import { methods } from '../../../src/shared/api';
import { getCaseDetail } from '../../../src/core/queries/caseDetail';
import { DAY, HOUR, NOW, makeDesk } from './fixtures';

describe('a case', () => {
  function deskWithCase() {
    const desk = makeDesk();
    const personId = desk.person({ name: 'Sofie Kærgaard', preferredName: 'Sofie' });
    const caseId = desk.caseOf({ personId, assigneeId: desk.colleagueId, subject: 'Flytt av elavtal' });
    return { desk, personId, caseId };
  }
  const get = (desk: ReturnType<typeof makeDesk>, caseId: string) =>
    methods['cases.get'].result.parse(
      getCaseDetail(desk.db, desk.ctx, methods['cases.get'].args.parse({ caseId })),
    );

  it('tells its whole story oldest first, newest last, whatever order it was stored in', () => {
    const { desk, caseId } = deskWithCase();
    const latest = desk.event({ caseId, createdAt: NOW - HOUR, bodyText: 'Jag flyttar den 1 april.' });
    const first = desk.event({ caseId, createdAt: NOW - 3 * DAY, bodyText: 'Hej! Jag ska flytta.' });
    const note = desk.event({
      caseId,
      kind: 'note',
      authorId: desk.meId,
      createdAt: NOW - 2 * DAY,
      bodyText: 'Kolla adress',
    });
    // Same instant: the one stored first comes first.
    const sameTimeA = desk.event({ caseId, kind: 'status_changed', createdAt: NOW - DAY });
    const sameTimeB = desk.event({ caseId, kind: 'assigned', createdAt: NOW - DAY });
    const elsewhere = desk.caseOf({ personId: desk.person({ name: 'Annan' }) });
    desk.event({ caseId: elsewhere, createdAt: NOW - DAY });

    const detail = get(desk, caseId);
    expect(detail.events.map((e) => e.id)).toEqual([first, note, sameTimeA, sameTimeB, latest]);
    expect(detail.events[1]).toMatchObject({ kind: 'note', bodyText: 'Kolla adress', authorId: desk.meId });
  });

  it('comes with its person, assignee, repeat signal and promises (open first, soonest due first)', () => {
    const { desk, personId, caseId } = deskWithCase();
    desk.event({ caseId, channel: 'phone', createdAt: NOW - DAY });
    const later = desk.promise({ caseId, dueAt: NOW + DAY, ownerId: desk.meId });
    const kept = desk.promise({
      caseId,
      dueAt: NOW - 4 * DAY,
      ownerId: desk.meId,
      status: 'kept',
      resolvedAt: NOW - 3 * DAY,
    });
    const overdue = desk.promise({ caseId, dueAt: NOW - HOUR, ownerId: desk.colleagueId });

    const detail = get(desk, caseId);
    expect(detail.case).toMatchObject({ id: caseId, subject: 'Flytt av elavtal', personId, status: 'open' });
    expect(detail.person).toMatchObject({ id: personId, name: 'Sofie Kærgaard', preferredName: 'Sofie' });
    expect(detail.assignee).toMatchObject({ id: desk.colleagueId, name: 'Ahmed Yilmaz' });
    expect(detail.repeat).toEqual({ contacts7d: 1, channels7d: ['phone'] });
    expect(detail.promises.map((p) => p.id)).toEqual([overdue, later, kept]);
  });

  it('has no assignee while unassigned', () => {
    const desk = makeDesk();
    const caseId = desk.caseOf({ personId: desk.person({ name: 'Lena' }) });
    expect(get(desk, caseId).assignee).toBeNull();
  });

  it('is not_found for an unknown id', () => {
    const desk = makeDesk();
    expect(() => get(desk, '01900000-0000-7000-8000-000000000000')).toThrow(
      expect.objectContaining({ name: 'ApiError', code: 'not_found' }),
    );
  });
});
