import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGoals } from '../../../src/core/queries/goals';
import { localDayStarts, nearestRank } from '../../../src/core/queries/goalsMath';
import { methods, type ArgsIn } from '../../../src/shared/api';
import { DAY, HOUR, MINUTE, makeDesk, type Desk } from './fixtures';

// Day boundaries are the agent's own midnights: pin the zone so the figures do not depend on the machine.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Stockholm';
});
afterAll(() => {
  process.env.TZ = zone;
});

/** Tuesday 10 March 2026, 10:00 in Stockholm (CET, UTC+1). */
const NOW = Date.UTC(2026, 2, 10, 9, 0);
/** Midnight in Stockholm at the start of 4 March: the first of the last 7 days. */
const WEEK_START = Date.UTC(2026, 2, 3, 23, 0);

function goals(desk: Desk, args: ArgsIn<'goals.get'>, now = NOW) {
  const result = getGoals(desk.db, { meId: desk.meId, now }, methods['goals.get'].args.parse(args));
  return methods['goals.get'].result.parse(result);
}

interface CaseFacts {
  assigneeId: string | null;
  teamId?: string;
  status: 'open' | 'waiting' | 'snoozed' | 'closed';
  createdAt: number;
  firstResponseAt?: number | null;
  closedAt?: number | null;
}

function goalsDesk() {
  const desk = makeDesk();
  const personId = desk.person({ name: 'Åsa Bergström' });
  const caseWith = (f: CaseFacts): string => {
    const id = v7();
    desk.db
      .prepare(
        `INSERT INTO cases(id, ref, person_id, team_id, subject, channel, status, priority, assignee_id, created_at,
           updated_at, last_contact_at, first_response_at, closed_at)
         VALUES (?, ?, ?, ?, 'Faktura', 'email', ?, 'normal', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        `K-${id.slice(-5)}`,
        personId,
        f.teamId ?? desk.teamId,
        f.status,
        f.assigneeId,
        f.createdAt,
        f.createdAt,
        f.createdAt,
        f.firstResponseAt ?? null,
        f.closedAt ?? null,
      );
    return id;
  };
  const promiseDue = (
    ownerId: string,
    dueAt: number,
    status: 'open' | 'kept' | 'cancelled',
    resolvedAt: number | null,
  ) =>
    desk.promise({
      caseId: caseWith({ assigneeId: null, status: 'snoozed', createdAt: NOW - 60 * DAY }),
      dueAt,
      ownerId,
      status,
      resolvedAt,
    });
  return { desk, caseWith, promiseDue };
}

describe('nearest-rank percentiles', () => {
  it('pick a measured value, never an average', () => {
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2);
    expect(nearestRank([1, 2, 3, 4], 0.9)).toBe(4);
    expect(nearestRank([7], 0.9)).toBe(7);
    expect(nearestRank([], 0.5)).toBeNull();
  });
});

describe('the goals of the last 7 days', () => {
  it('measures first response over my cases created in the window that got one', () => {
    const { desk, caseWith } = goalsDesk();
    const minutes = [10, 20, 30, 40, 60, 120, 180, 240, 300, 600];
    minutes.forEach((m, i) => {
      const createdAt = WEEK_START + (i % 7) * DAY + 8 * HOUR;
      caseWith({
        assigneeId: desk.meId,
        status: 'snoozed',
        createdAt,
        firstResponseAt: createdAt + m * MINUTE,
      });
    });
    caseWith({ assigneeId: desk.meId, status: 'snoozed', createdAt: NOW - HOUR }); // no answer yet
    caseWith({
      assigneeId: desk.meId,
      status: 'snoozed',
      createdAt: WEEK_START - 1,
      firstResponseAt: WEEK_START + HOUR,
    });
    caseWith({
      assigneeId: desk.colleagueId,
      status: 'snoozed',
      createdAt: NOW - 2 * HOUR,
      firstResponseAt: NOW - HOUR,
    });
    caseWith({
      assigneeId: desk.outsiderId,
      teamId: desk.otherTeamId,
      status: 'snoozed',
      createdAt: NOW - 2 * HOUR,
      firstResponseAt: NOW - HOUR,
    });

    const mine = goals(desk, { scope: 'me', days: 7 });
    expect(mine).toMatchObject({ scope: 'me', days: 7, from: WEEK_START, to: NOW });
    expect(mine.firstResponse).toEqual({ medianMs: 60 * MINUTE, p90Ms: 300 * MINUTE, count: 10 });

    const team = goals(desk, { scope: 'team', days: 7 });
    expect(team.firstResponse).toEqual({ medianMs: 60 * MINUTE, p90Ms: 300 * MINUTE, count: 11 });
  });

  it('measures resolution over cases closed in the window, whenever they were created', () => {
    const { desk, caseWith } = goalsDesk();
    const created = NOW - 10 * DAY;
    for (const hours of [3, 1, 2]) {
      caseWith({
        assigneeId: desk.meId,
        status: 'closed',
        createdAt: created,
        closedAt: WEEK_START + hours * HOUR,
      });
    }
    // Closed before the window: not this week's work.
    caseWith({ assigneeId: desk.meId, status: 'closed', createdAt: created, closedAt: WEEK_START - HOUR });
    caseWith({
      assigneeId: desk.meId,
      status: 'closed',
      createdAt: NOW - 20 * DAY,
      closedAt: NOW - 19 * DAY,
    });

    const { resolution } = goals(desk, { scope: 'me', days: 7 });
    expect(resolution).toEqual({
      medianMs: WEEK_START + 2 * HOUR - created,
      p90Ms: WEEK_START + 3 * HOUR - created,
      count: 3,
    });
  });

  it('counts a promise kept by its due time as on time; late, cancelled and still open ones as due', () => {
    const { desk, promiseDue } = goalsDesk();
    promiseDue(desk.meId, NOW - 2 * DAY, 'kept', NOW - 2 * DAY - HOUR);
    promiseDue(desk.meId, NOW - 3 * DAY, 'kept', NOW - 3 * DAY);
    promiseDue(desk.meId, NOW - 4 * DAY, 'kept', NOW - 4 * DAY + 1);
    promiseDue(desk.meId, NOW - 5 * DAY, 'cancelled', NOW - 6 * DAY);
    promiseDue(desk.meId, NOW - HOUR, 'open', null);
    promiseDue(desk.meId, NOW + HOUR, 'open', null); // not due yet
    promiseDue(desk.meId, WEEK_START - 1, 'kept', WEEK_START - HOUR); // due before the window
    promiseDue(desk.colleagueId, NOW - DAY, 'kept', NOW - 2 * DAY);
    promiseDue(desk.outsiderId, NOW - DAY, 'kept', NOW - 2 * DAY);

    expect(goals(desk, { scope: 'me', days: 7 }).promisesKept).toEqual({ onTime: 2, due: 5, percent: 40 });
    expect(goals(desk, { scope: 'team', days: 7 }).promisesKept).toEqual({ onTime: 3, due: 6, percent: 50 });
  });

  it('sorts today’s open and waiting cases by age, whatever the window', () => {
    const { desk, caseWith } = goalsDesk();
    const open = (age: number, status: CaseFacts['status'] = 'open') =>
      caseWith({ assigneeId: desk.meId, status, createdAt: NOW - age });
    open(2 * HOUR);
    open(12 * HOUR, 'waiting');
    open(DAY);
    open(2 * DAY);
    open(5 * DAY);
    open(10 * DAY, 'waiting');
    open(40 * DAY);
    open(HOUR, 'snoozed');
    open(HOUR, 'closed');

    const expected = [
      { bucket: 'under_1d', count: 2 },
      { bucket: 'd1_3', count: 2 },
      { bucket: 'd3_7', count: 1 },
      { bucket: 'd7_30', count: 1 },
      { bucket: 'over_30d', count: 1 },
    ];
    expect(goals(desk, { scope: 'me', days: 7 }).backlog).toEqual(expected);
    expect(goals(desk, { scope: 'me', days: 30 }).backlog).toEqual(expected);
  });

  it('draws one point per calendar day, oldest first, today last', () => {
    const { desk, caseWith } = goalsDesk();
    const day = (i: number) => WEEK_START + i * DAY;
    caseWith({
      assigneeId: desk.meId,
      status: 'snoozed',
      createdAt: day(0) + HOUR,
      firstResponseAt: day(0) + 2 * HOUR,
    });
    caseWith({
      assigneeId: desk.meId,
      status: 'snoozed',
      createdAt: day(0) + 3 * HOUR,
      firstResponseAt: day(0) + 6 * HOUR,
    });
    caseWith({
      assigneeId: desk.meId,
      status: 'snoozed',
      createdAt: day(0) + 4 * HOUR,
      firstResponseAt: day(0) + 9 * HOUR,
    });
    caseWith({ assigneeId: desk.meId, status: 'closed', createdAt: day(-3), closedAt: day(2) + HOUR });
    caseWith({ assigneeId: desk.meId, status: 'closed', createdAt: day(6), closedAt: NOW });

    const { daily } = goals(desk, { scope: 'me', days: 7 });
    expect(daily.map((d) => d.day)).toEqual([0, 1, 2, 3, 4, 5, 6].map(day));
    expect(daily.map((d) => [d.created, d.closed])).toEqual([
      [3, 0],
      [0, 0],
      [0, 1],
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 1],
    ]);
    expect(daily[0]?.firstResponseMedianMs).toBe(3 * HOUR);
    expect(daily[1]?.firstResponseMedianMs).toBeNull();
  });

  it('has nothing to say for a quiet desk, rather than zeros that look measured', () => {
    const { desk } = goalsDesk();
    const quiet = goals(desk, { scope: 'team', days: 30 });
    expect(quiet.firstResponse).toEqual({ medianMs: null, p90Ms: null, count: 0 });
    expect(quiet.promisesKept).toEqual({ onTime: 0, due: 0, percent: null });
    expect(quiet.daily).toHaveLength(30);
  });
});

describe('days follow the wall clock', () => {
  it('the day the clocks go forward is 23 hours long', () => {
    // Monday 30 March 2026, 10:00 in Stockholm (CEST, UTC+2); summer time began on Sunday 29 March.
    const now = Date.UTC(2026, 2, 30, 8, 0);
    const starts = localDayStarts(now, 3);
    expect(starts).toEqual([Date.UTC(2026, 2, 27, 23), Date.UTC(2026, 2, 28, 23), Date.UTC(2026, 2, 29, 22)]);
  });
});
