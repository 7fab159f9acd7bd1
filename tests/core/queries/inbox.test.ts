import { beforeEach, describe, expect, it } from 'vitest';
import { methods, type ArgsIn } from '../../../src/shared/api';
import { inboxViews, type InboxView } from '../../../src/shared/domain';
import { countInbox, getInboxRow, listInbox } from '../../../src/core/queries/inbox';
import { DAY, HOUR, NOW, makeDesk, type Desk } from './fixtures';

function list(desk: Desk, args: ArgsIn<'cases.list'>) {
  const result = listInbox(desk.db, desk.ctx, methods['cases.list'].args.parse(args));
  return methods['cases.list'].result.parse(result);
}
function counts(desk: Desk, args: ArgsIn<'cases.counts'> = {}) {
  return methods['cases.counts'].result.parse(
    countInbox(desk.db, desk.ctx, methods['cases.counts'].args.parse(args)),
  ).counts;
}
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** A desk where every view has a known membership (see each case's comment). */
function deskWithEveryView() {
  const desk = makeDesk();
  const { meId, colleagueId, otherTeamId } = desk;
  const anna = desk.person({ name: 'Anna Ångström', preferredName: 'Annie', personalAgentId: meId });
  const bo = desk.person({ name: 'Bo Jönsson', personalAgentId: colleagueId });
  const cilla = desk.person({ name: 'Cilla Kærgaard' });
  const at = (hours: number) => NOW - hours * HOUR;
  const c = {
    mineOpen: desk.caseOf({ personId: anna, assigneeId: meId, channel: 'email', lastContactAt: at(1) }),
    mineWaiting: desk.caseOf({
      personId: bo,
      assigneeId: meId,
      status: 'waiting',
      channel: 'phone',
      lastContactAt: at(2),
    }),
    colleagues: desk.caseOf({
      personId: cilla,
      assigneeId: colleagueId,
      channel: 'chat',
      lastContactAt: at(3),
    }),
    unassignedOpen: desk.caseOf({ personId: cilla, channel: 'email', lastContactAt: at(4) }),
    unassignedWaiting: desk.caseOf({
      personId: anna,
      status: 'waiting',
      channel: 'letter',
      lastContactAt: at(5),
    }),
    snoozed: desk.caseOf({ personId: bo, assigneeId: meId, status: 'snoozed', lastContactAt: at(6) }),
    closed: desk.caseOf({
      personId: anna,
      assigneeId: meId,
      status: 'closed',
      channel: 'visit',
      lastContactAt: at(7),
    }),
    // Another team's cases never show in my inbox, even one assigned to me.
    otherTeamMine: desk.caseOf({
      personId: anna,
      teamId: otherTeamId,
      assigneeId: meId,
      lastContactAt: at(0.5),
    }),
    otherTeamOpen: desk.caseOf({ personId: cilla, teamId: otherTeamId, lastContactAt: at(0.5) }),
  };
  return { desk, c };
}

describe('inbox views', () => {
  let desk: Desk;
  let c: ReturnType<typeof deskWithEveryView>['c'];
  beforeEach(() => ({ desk, c } = deskWithEveryView()));

  it.each<[InboxView, (keyof typeof c)[]]>([
    ['mine', ['mineOpen', 'mineWaiting']],
    ['my_people', ['mineOpen', 'unassignedWaiting']],
    ['team', ['mineOpen', 'mineWaiting', 'colleagues', 'unassignedOpen', 'unassignedWaiting']],
    ['unassigned', ['unassignedOpen', 'unassignedWaiting']],
    ['waiting', ['mineWaiting', 'unassignedWaiting']],
    ['snoozed', ['snoozed']],
    ['closed', ['closed']],
  ])('%s holds exactly its cases, newest contact first', (view, expected) => {
    const page = list(desk, { view });
    expect(ids(page.rows)).toEqual(expected.map((k) => c[k]));
    expect(page.total).toBe(expected.length);
    expect(page.nextCursor).toBeNull();
  });

  it('promises due lists cases with an open promise of any owner, overdue first, even a closed case', () => {
    const { meId, colleagueId, outsiderId } = desk;
    desk.promise({ caseId: c.colleagues, dueAt: NOW + DAY, ownerId: colleagueId });
    desk.promise({ caseId: c.closed, dueAt: NOW - 2 * DAY, ownerId: meId });
    desk.promise({
      caseId: c.mineOpen,
      dueAt: NOW - 3 * DAY,
      ownerId: meId,
      status: 'kept',
      resolvedAt: NOW,
    });
    desk.promise({ caseId: c.mineOpen, dueAt: NOW + 3 * HOUR, ownerId: meId });
    desk.promise({ caseId: c.mineOpen, dueAt: NOW + 2 * DAY, ownerId: meId });
    desk.promise({ caseId: c.otherTeamOpen, dueAt: NOW - 5 * DAY, ownerId: outsiderId });

    const page = list(desk, { view: 'promises_due' });
    expect(ids(page.rows)).toEqual([c.closed, c.mineOpen, c.colleagues]);
    expect(page.rows.map((r) => r.promiseDueAt)).toEqual([NOW - 2 * DAY, NOW + 3 * HOUR, NOW + DAY]);
    expect(page.total).toBe(3);
  });

  it('filters any view by channel, in the list and in its total', () => {
    const page = list(desk, { view: 'team', channel: 'email' });
    expect(ids(page.rows)).toEqual([c.mineOpen, c.unassignedOpen]);
    expect(page.total).toBe(2);
    expect(ids(list(desk, { view: 'mine', channel: 'phone' }).rows)).toEqual([c.mineWaiting]);
    expect(list(desk, { view: 'closed', channel: 'email' }).rows).toEqual([]);
  });

  it('counts every view, and each count equals that view’s list total', () => {
    desk.promise({ caseId: c.colleagues, dueAt: NOW + DAY, ownerId: desk.colleagueId });
    for (const channel of [null, 'email', 'phone'] as const) {
      const all = counts(desk, { channel });
      expect(Object.keys(all).sort()).toEqual([...inboxViews].sort());
      for (const view of inboxViews) expect(all[view]).toBe(list(desk, { view, channel, limit: 500 }).total);
    }
    expect(counts(desk)).toEqual({
      mine: 2,
      my_people: 2,
      team: 5,
      unassigned: 2,
      promises_due: 1,
      waiting: 2,
      snoozed: 1,
      closed: 1,
    });
  });

  it('shows the preferred name, the assignee’s name, the snippet and the earliest open promise on each row', () => {
    desk.db
      .prepare("UPDATE cases SET snippet = 'Hej, jag undrar över min faktura' WHERE id = ?")
      .run(c.mineOpen);
    desk.promise({ caseId: c.mineOpen, dueAt: NOW + 5 * HOUR, ownerId: desk.meId });
    const [row] = list(desk, { view: 'mine' }).rows;
    expect(row).toMatchObject({
      id: c.mineOpen,
      personName: 'Annie',
      assigneeName: 'Maja Lind',
      snippet: 'Hej, jag undrar över min faktura',
      promiseDueAt: NOW + 5 * HOUR,
      status: 'open',
      channel: 'email',
    });
    const unassigned = list(desk, { view: 'unassigned' }).rows[0];
    expect(unassigned).toMatchObject({ personName: 'Cilla Kærgaard', assigneeId: null, assigneeName: null });
  });

  it('gives a row its person’s repeat-contact signal', () => {
    desk.event({ caseId: c.mineOpen, channel: 'phone', createdAt: NOW - DAY });
    desk.event({ caseId: c.unassignedWaiting, channel: 'email', createdAt: NOW - 2 * DAY });
    const rows = list(desk, { view: 'team' }).rows;
    const annasRows = rows.filter((r) => r.id === c.mineOpen || r.id === c.unassignedWaiting);
    for (const row of annasRows)
      expect(row.repeat).toEqual({ contacts7d: 2, channels7d: ['phone', 'email'] });
    expect(rows.find((r) => r.id === c.colleagues)?.repeat).toEqual({ contacts7d: 0, channels7d: [] });
  });

  it('shows nothing to an agent this store does not know', () => {
    const stranger = { ...desk.ctx, meId: '01900000-0000-7000-8000-000000000000' };
    expect(listInbox(desk.db, stranger, methods['cases.list'].args.parse({ view: 'team' }))).toEqual({
      rows: [],
      total: 0,
      nextCursor: null,
    });
    expect(
      Object.values(countInbox(desk.db, stranger, methods['cases.counts'].args.parse({})).counts),
    ).toEqual(inboxViews.map(() => 0));
  });
});

describe('inbox paging', () => {
  /** 23 team cases, several sharing a contact time, so the rowid has to break ties. */
  function busyDesk() {
    const desk = makeDesk();
    const person = desk.person({ name: 'Erik Nilsson' });
    for (let i = 0; i < 23; i++) {
      desk.caseOf({
        personId: person,
        lastContactAt: NOW - Math.floor(i / 3) * HOUR,
        channel: i % 2 ? 'phone' : 'email',
      });
      const caseId = desk.caseOf({ personId: person, status: 'closed', lastContactAt: NOW - i * HOUR });
      desk.promise({ caseId, dueAt: NOW + (i % 4) * HOUR, ownerId: desk.meId });
    }
    return desk;
  }

  function walk(desk: Desk, args: ArgsIn<'cases.list'>) {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page = list(desk, { ...args, cursor });
      seen.push(...ids(page.rows));
      cursor = page.nextCursor;
      if (cursor === null) return seen;
    }
    throw new Error('paging never ended');
  }

  it.each<[InboxView, ArgsIn<'cases.list'>['channel']]>([
    ['team', null],
    ['team', 'phone'],
    ['closed', null],
    ['promises_due', null],
  ])('walks %s (channel %s) page by page, each case exactly once, in list order', (view, channel) => {
    const desk = busyDesk();
    const everything = ids(list(desk, { view, channel, limit: 500 }).rows);
    expect(everything.length).toBeGreaterThan(10);
    const walked = walk(desk, { view, channel, limit: 4 });
    expect(walked).toEqual(everything);
    expect(new Set(walked).size).toBe(walked.length);
  });

  it('keeps promises due in due order across pages, with ties broken the same way every time', () => {
    const desk = busyDesk();
    const rows = list(desk, { view: 'promises_due', limit: 500 }).rows;
    const due = rows.map((r) => r.promiseDueAt ?? Infinity);
    expect(due).toEqual([...due].sort((a, b) => a - b));
  });

  it('jumps to an offset (a scrollbar drag) and continues from there with the cursor', () => {
    const desk = busyDesk();
    const everything = ids(list(desk, { view: 'team', limit: 500 }).rows);
    const jumped = list(desk, { view: 'team', offset: 10, limit: 5 });
    expect(ids(jumped.rows)).toEqual(everything.slice(10, 15));
    expect(jumped.total).toBe(everything.length);
    const next = list(desk, { view: 'team', cursor: jumped.nextCursor, limit: 5 });
    expect(ids(next.rows)).toEqual(everything.slice(15, 20));
    expect(list(desk, { view: 'team', offset: 1000 }).rows).toEqual([]);
  });

  it('refuses a cursor from another view or one that is not a cursor', () => {
    const desk = busyDesk();
    const { nextCursor } = list(desk, { view: 'team', limit: 2 });
    expect(nextCursor).not.toBeNull();
    for (const cursor of [nextCursor, 'not-a-cursor', '']) {
      expect(() => list(desk, { view: 'closed', cursor })).toThrow(
        expect.objectContaining({ name: 'ApiError', code: 'invalid_args' }),
      );
    }
  });
});

describe('one inbox row', () => {
  it('is the same row the list shows, for refreshing after a command', () => {
    const { desk, c } = deskWithEveryView();
    const fromList = list(desk, { view: 'team' }).rows.find((r) => r.id === c.colleagues);
    const row = getInboxRow(desk.db, desk.ctx, c.colleagues);
    expect(row).toEqual(fromList);
    expect(row?.assigneeName).toBe('Ahmed Yilmaz');
  });

  it('is null for an unknown case', () => {
    const { desk } = deskWithEveryView();
    expect(getInboxRow(desk.db, desk.ctx, '01900000-0000-7000-8000-000000000000')).toBeNull();
  });
});
