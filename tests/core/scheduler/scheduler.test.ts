import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, STORE_FILE } from '../../../src/core';
import { serveStore } from '../../../src/core/dispatch/serveStore';
import { memoryPreferences } from '../../../src/core/preferences';
import type { Logger } from '../../../src/core/ports';
import { RETRY_MS, WAKE_BATCH } from '../../../src/core/scheduler/scheduler';
import { MAX_TIMER_DELAY_MS } from '../../../src/core/scheduler/timers';
import { getMeta, setMeta } from '../../../src/core/store/meta';
import { openStore, type Db } from '../../../src/core/store/openStore';
import {
  methods,
  pushEvents,
  type ArgsIn,
  type MethodName,
  type PushEnvelope,
  type PushEventName,
  type Result,
} from '../../../src/shared/api';
import { HOUR, insertCase, insertPerson, makeDesk, NOW, outboxRows } from '../commands/fixtures';
import { fakeTime } from './fakeTime';

const DAY = 24 * HOUR;
const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };

type Desk = ReturnType<typeof makeDesk>;

function snooze(desk: Desk, caseId: string, until: number): void {
  desk.db.prepare("UPDATE cases SET status = 'snoozed', snoozed_until = ? WHERE id = ?").run(until, caseId);
}

/** A promise on `on`'s case, straight into the store. */
function promise(
  on: { db: Db; caseId: string; personId: string },
  id: string,
  dueAt: number,
  ownerId: string,
  status = 'open',
): void {
  on.db
    .prepare(
      `INSERT INTO promises(id, case_id, person_id, text, due_at, owner_id, status, created_at, created_by)
       VALUES (?, ?, ?, 'Ringer tillbaka', ?, ?, ?, ?, ?)`,
    )
    .run(id, on.caseId, on.personId, dueAt, ownerId, status, NOW - DAY, ownerId);
}

const statusOf = (desk: Desk, caseId: string) =>
  desk.db.prepare('SELECT status, snoozed_until, unread FROM cases WHERE id = ?').get(caseId);

/** A desk served with fake time; `prepare` runs on the store before the scheduler starts (the app was closed). */
function open(prepare: (desk: Desk) => void = () => {}) {
  const desk = makeDesk();
  prepare(desk);
  const time = fakeTime(NOW);
  const core = serveStore(desk.db, {
    meId: desk.meId,
    prefs: memoryPreferences(),
    clock: time.clock,
    logger: quiet,
    timers: time.timers,
  });
  const pushes: PushEnvelope[] = [];
  core.onPush((push) => pushes.push(push));
  let id = 0;
  async function call<M extends MethodName>(method: M, args: ArgsIn<M>): Promise<Result<M>> {
    const reply = await core.dispatch({ id: ++id, method, args });
    if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
    return methods[method].result.parse(reply.value) as Result<M>;
  }
  const named = (event: PushEventName) =>
    pushes.filter((p) => p.event === event).map((p) => pushEvents[event].parse(p.payload));
  return { desk, time, core, pushes, call, named };
}

describe('snoozed cases wake up when their time comes', () => {
  it('a snooze that ran out while the desk was closed is open before the first request', async () => {
    const { desk, call } = open((d) => snooze(d, d.caseId, NOW - HOUR));
    expect(statusOf(desk, desk.caseId)).toEqual({ status: 'open', snoozed_until: null, unread: 1 });
    const { counts } = await call('cases.counts', {});
    expect(counts.snoozed).toBe(0);
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['cases.wake']);
  });

  it('waits for the earliest snooze, then opens the case and tells every view', () => {
    let later = '';
    const { desk, time, named } = open((d) => {
      later = insertCase(d.db, { personId: d.personId, teamId: d.teamId });
      snooze(d, d.caseId, NOW + 3 * HOUR);
      snooze(d, later, NOW + 5 * HOUR);
    });
    time.runDue();
    expect(time.waits()).toEqual([3 * HOUR]);

    time.advanceTo(NOW + 3 * HOUR - 1);
    expect(statusOf(desk, desk.caseId)).toMatchObject({ status: 'snoozed' });
    time.advanceTo(NOW + 3 * HOUR);
    expect(statusOf(desk, desk.caseId)).toMatchObject({ status: 'open', unread: 1 });
    expect(statusOf(desk, later)).toMatchObject({ status: 'snoozed' });
    expect(named('case.changed')).toEqual([{ caseId: desk.caseId }]);
    expect(named('cases.invalidated')).toHaveLength(1);
    expect(named('sync.status').at(-1)).toMatchObject({ pending: 1 });
    expect(time.waits()).toEqual([2 * HOUR]);

    time.advanceTo(NOW + 5 * HOUR);
    expect(statusOf(desk, later)).toMatchObject({ status: 'open' });
    expect(time.waits()).toEqual([]);
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['cases.wake', 'cases.wake']);
  });

  it('re-arms after a change: a new, earlier snooze wakes on time', async () => {
    const { desk, time, call } = open((d) => {
      const other = insertCase(d.db, { personId: d.personId, teamId: d.teamId });
      snooze(d, other, NOW + 5 * DAY);
    });
    time.runDue();
    expect(time.waits()).toEqual([5 * DAY]);

    await call('cases.snooze', { caseId: desk.caseId, until: NOW + HOUR });
    time.runDue();
    expect(time.waits()).toEqual([HOUR]);
    time.advanceBy(HOUR);
    expect(statusOf(desk, desk.caseId)).toMatchObject({ status: 'open' });
  });

  it('a case reopened by hand before its time is left alone when the time comes', async () => {
    const { desk, time, call } = open((d) => snooze(d, d.caseId, NOW + HOUR));
    await call('cases.setStatus', { caseId: desk.caseId, status: 'waiting' });
    time.advanceBy(2 * HOUR);
    expect(statusOf(desk, desk.caseId)).toMatchObject({ status: 'waiting' });
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['cases.setStatus']);
  });

  it('waits longer than a timer can in steps, and still wakes on the day', () => {
    const until = NOW + 40 * DAY;
    const { desk, time } = open((d) => snooze(d, d.caseId, until));
    time.runDue();
    expect(time.waits()).toEqual([MAX_TIMER_DELAY_MS]);
    time.advanceBy(MAX_TIMER_DELAY_MS);
    expect(statusOf(desk, desk.caseId)).toMatchObject({ status: 'snoozed' });
    expect(time.waits()).toEqual([until - time.now()]);
    time.advanceTo(until);
    expect(statusOf(desk, desk.caseId)).toMatchObject({ status: 'open' });
  });

  it('wakes a crowd of cases in batches, every one of them', () => {
    const count = WAKE_BATCH * 2 + 5;
    const { desk, time } = open((d) => {
      for (let i = 0; i < count; i++) {
        snooze(d, insertCase(d.db, { personId: d.personId, teamId: d.teamId }), NOW + HOUR + i);
      }
    });
    time.advanceBy(2 * HOUR);
    const left = desk.db.prepare("SELECT count(*) AS n FROM cases WHERE status = 'snoozed'").get();
    expect(left).toEqual({ n: 0 });
    expect(outboxRows(desk.db).filter((r) => r.name === 'cases.wake')).toHaveLength(count);
  });

  it('a wake-up that fails is logged, keeps the desk open, and is tried again a minute later', async () => {
    const errors: string[] = [];
    const desk = makeDesk();
    snooze(desk, desk.caseId, NOW - HOUR);
    desk.db.exec(
      "CREATE TRIGGER jammed BEFORE UPDATE ON cases BEGIN SELECT RAISE(ABORT, 'disk jammed'); END",
    );
    const time = fakeTime(NOW);
    const core = serveStore(desk.db, {
      meId: desk.meId,
      prefs: memoryPreferences(),
      clock: time.clock,
      logger: { ...quiet, error: (message) => errors.push(message) },
      timers: time.timers,
    });
    expect((await core.dispatch({ id: 1, method: 'cases.counts', args: {} })).ok).toBe(true);
    time.runDue();
    expect(statusOf(desk, desk.caseId)).toMatchObject({ status: 'snoozed' });
    expect(errors.length).toBeGreaterThan(0);
    expect(time.waits()).toEqual([RETRY_MS]);

    desk.db.exec('DROP TRIGGER jammed');
    time.advanceBy(RETRY_MS);
    expect(statusOf(desk, desk.caseId)).toMatchObject({ status: 'open' });
    core.close();
  });

  it('stops with the desk: nothing stays armed after close', () => {
    const { desk, time, core } = open((d) => snooze(d, d.caseId, NOW + HOUR));
    time.runDue();
    expect(time.waits()).toHaveLength(1);
    core.close();
    expect(time.waits()).toEqual([]);
    expect(desk.db.open).toBe(false);
  });
});

describe('promise reminders', () => {
  const mine = '01890a5d-ac96-7000-8000-000000000001';
  const theirs = '01890a5d-ac96-7000-8000-000000000002';
  const kept = '01890a5d-ac96-7000-8000-000000000003';

  it('announces each of my open promises once, when it comes due', async () => {
    const { desk, time, named, call } = open((d) => {
      promise(d, mine, NOW + 30 * 60_000, d.meId);
      promise(d, theirs, NOW + 30 * 60_000, d.colleagueId);
      promise(d, kept, NOW + 20 * 60_000, d.meId, 'kept');
    });
    time.runDue();
    expect(named('promise.due')).toEqual([]);
    expect(time.waits()).toEqual([30 * 60_000]);

    time.advanceBy(30 * 60_000);
    expect(named('promise.due')).toEqual([
      { promise: expect.objectContaining({ id: mine, status: 'open' }) },
    ]);

    // Looking again (after any change) never repeats it.
    await call('notes.add', { caseId: desk.caseId, bodyText: 'Försökte ringa, inget svar.' });
    time.advanceBy(DAY);
    expect(named('promise.due')).toHaveLength(1);
  });

  it('at start, announces the ones that came due while the desk was closed, not older ones', () => {
    const older = '01890a5d-ac96-7000-8000-000000000004';
    const { time, named } = open((d) => {
      setMeta(d.db, 'promise_reminders_until', String(NOW - 2 * HOUR));
      promise(d, older, NOW - 3 * HOUR, d.meId);
      promise(d, mine, NOW - HOUR, d.meId);
    });
    // Not before the host has had a turn to start listening.
    expect(named('promise.due')).toEqual([]);
    time.runDue();
    expect(named('promise.due').map((p) => (p as { promise: { id: string } }).promise.id)).toEqual([mine]);
  });

  it('a desk’s very first start does not flood the agent with every overdue promise', () => {
    const { desk, time, named } = open((d) => promise(d, mine, NOW - HOUR, d.meId));
    time.runDue();
    expect(named('promise.due')).toEqual([]);
    expect(getMeta(desk.db, 'promise_reminders_until')).toBe(String(NOW));
  });

  it('remembers on close how far it got: the next start announces only what came due while closed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nara-scheduler-'));
    try {
      const time = fakeTime(NOW);
      const start = () =>
        openCore({
          dataDir,
          prefs: memoryPreferences(),
          demo: false,
          clock: time.clock,
          timers: time.timers,
          logger: quiet,
        });
      const first = await start();
      time.advanceBy(2 * HOUR);
      first.close();

      const store = openStore({ path: join(dataDir, STORE_FILE) });
      const meId = getMeta(store, 'me_agent_id') ?? '';
      const teamId = (store.prepare('SELECT id FROM teams').get() as { id: string }).id;
      const personId = insertPerson(store, 'Åsa Bergström');
      const on = { db: store, personId, caseId: insertCase(store, { personId, teamId }) };
      promise(on, theirs, NOW + HOUR, meId); // due while the desk was open (it did not exist then)
      promise(on, mine, NOW + 3 * HOUR, meId); // due while the desk was closed
      store.close();

      time.advanceTo(NOW + 5 * HOUR);
      const second = await start();
      const pushes: PushEnvelope[] = [];
      second.onPush((push) => pushes.push(push));
      time.runDue();
      second.close();
      expect(
        pushes
          .filter((p) => p.event === 'promise.due')
          .map((p) => (p.payload as { promise: { id: string } }).promise.id),
      ).toEqual([mine]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
