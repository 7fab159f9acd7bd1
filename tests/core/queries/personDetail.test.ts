import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { methods } from '../../../src/shared/api';
import { PERSON_TIMELINE_LIMIT, getPersonDetail } from '../../../src/core/queries/personDetail';
import { DAY, HOUR, MINUTE, NOW, makeDesk, type Desk } from './fixtures';

const get = (desk: Desk, personId: string) =>
  methods['people.get'].result.parse(
    getPersonDetail(desk.db, desk.ctx, methods['people.get'].args.parse({ personId })),
  );

describe('a person', () => {
  it('lists live cases first (open, waiting, snoozed), then closed ones, each newest contact first', () => {
    const desk = makeDesk();
    const personId = desk.person({ name: 'Bjørn Hansen', preferredName: 'Bjørn' });
    const closedRecent = desk.caseOf({ personId, status: 'closed', lastContactAt: NOW - HOUR });
    const waiting = desk.caseOf({ personId, status: 'waiting', lastContactAt: NOW - 2 * DAY });
    const open = desk.caseOf({ personId, status: 'open', lastContactAt: NOW - 3 * DAY });
    const snoozed = desk.caseOf({ personId, status: 'snoozed', lastContactAt: NOW - DAY });
    const closedOld = desk.caseOf({ personId, status: 'closed', lastContactAt: NOW - 30 * DAY });
    desk.caseOf({ personId: desk.person({ name: 'Någon annan' }) });

    const detail = get(desk, personId);
    expect(detail.cases.map((c) => c.id)).toEqual([snoozed, waiting, open, closedRecent, closedOld]);
    expect(detail.cases[0]).toMatchObject({ personName: 'Bjørn', status: 'snoozed' });
  });

  it('shows the last 500 events across all their cases, oldest first', () => {
    const desk = makeDesk();
    const personId = desk.person({ name: 'Anna Ångström' });
    const cases = [desk.caseOf({ personId }), desk.caseOf({ personId }), desk.caseOf({ personId })];
    const stored: { id: string; at: number }[] = [];
    const total = PERSON_TIMELINE_LIMIT + 7;
    for (let i = 0; i < total; i++) {
      // Stored out of time order and spread over the cases, as sync delivers them.
      const at = NOW - ((i * 37) % total) * MINUTE;
      stored.push({ id: desk.event({ caseId: cases[i % 3] as string, createdAt: at }), at });
    }
    desk.event({ caseId: desk.caseOf({ personId: desk.person({ name: 'Annan' }) }), createdAt: NOW });

    const expected = stored
      .sort((a, b) => a.at - b.at)
      .slice(-PERSON_TIMELINE_LIMIT)
      .map((e) => e.id);
    const timeline = get(desk, personId).timeline;
    expect(timeline.map((e) => e.id)).toEqual(expected);
    expect(timeline.at(-1)?.createdAt).toBe(NOW);
  });

  it('shows open promises first, soonest due first, then the kept and cancelled ones', () => {
    const desk = makeDesk();
    const personId = desk.person({ name: 'Erik Jönsson' });
    const [one, two] = [desk.caseOf({ personId }), desk.caseOf({ personId })] as [string, string];
    const cancelled = desk.promise({
      caseId: one,
      dueAt: NOW - 9 * DAY,
      ownerId: desk.meId,
      status: 'cancelled',
      resolvedAt: NOW - 8 * DAY,
    });
    const soon = desk.promise({ caseId: two, dueAt: NOW + HOUR, ownerId: desk.meId });
    const overdue = desk.promise({ caseId: one, dueAt: NOW - DAY, ownerId: desk.colleagueId });
    const kept = desk.promise({
      caseId: two,
      dueAt: NOW - 3 * DAY,
      ownerId: desk.meId,
      status: 'kept',
      resolvedAt: NOW - 2 * DAY,
    });

    expect(get(desk, personId).promises.map((p) => p.id)).toEqual([overdue, soon, kept, cancelled]);
  });

  it('comes with their personal agent, contact points and repeat signal', () => {
    const desk = makeDesk();
    const personId = desk.person({
      name: 'Kari Berg',
      personalAgentId: desk.meId,
      noteText: 'Hör dåligt: ring hellre än skriv.',
    });
    const insertPoint = desk.db.prepare(
      'INSERT INTO contact_points(id, person_id, kind, value, norm_value) VALUES (?, ?, ?, ?, ?)',
    );
    insertPoint.run(v7(), personId, 'phone', '+47 912 34 567', '4791234567');
    insertPoint.run(v7(), personId, 'email', 'kari@example.no', 'kari@example.no');
    const caseId = desk.caseOf({ personId });
    desk.event({ caseId, channel: 'phone', createdAt: NOW - DAY });
    desk.event({ caseId, channel: 'visit', createdAt: NOW - 2 * HOUR });

    const detail = get(desk, personId);
    expect(detail.person).toMatchObject({ name: 'Kari Berg', noteText: 'Hör dåligt: ring hellre än skriv.' });
    expect(detail.personalAgent).toMatchObject({ id: desk.meId, name: 'Maja Lind' });
    expect(detail.contactPoints.map((p) => [p.kind, p.value])).toEqual([
      ['email', 'kari@example.no'],
      ['phone', '+47 912 34 567'],
    ]);
    expect(detail.repeat).toEqual({ contacts7d: 2, channels7d: ['visit', 'phone'] });
  });

  it('has no personal agent when nobody owns them', () => {
    const desk = makeDesk();
    expect(get(desk, desk.person({ name: 'Ola Nordmann' })).personalAgent).toBeNull();
  });

  it('is not_found for an unknown id', () => {
    const desk = makeDesk();
    expect(() => get(desk, v7())).toThrow(expect.objectContaining({ name: 'ApiError', code: 'not_found' }));
  });
});
