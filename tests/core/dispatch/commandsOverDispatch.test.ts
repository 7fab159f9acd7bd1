import { describe, expect, it } from 'vitest';
import { serveStore } from '../../../src/core/dispatch/serveStore';
import { memoryPreferences } from '../../../src/core/preferences';
import type { Logger } from '../../../src/core/ports';
import {
  methods,
  pushEvents,
  type ArgsIn,
  type MethodName,
  type PushEnvelope,
  type PushEventName,
  type Reply,
  type Result,
} from '../../../src/shared/api';
import { HOUR, insertOpenPromise, makeDesk, NOW, outboxRows, UNKNOWN_ID } from '../commands/fixtures';

function setup() {
  const desk = makeDesk();
  const warnings: string[] = [];
  const logger: Logger = { info: () => {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
  const core = serveStore(desk.db, {
    meId: desk.meId,
    prefs: memoryPreferences(),
    clock: { now: () => NOW },
    logger,
  });
  const pushes: PushEnvelope[] = [];
  core.onPush((push) => pushes.push(push));
  let nextId = 1;
  /** Calls a method the way a transport does and checks the answer against the contract's result schema. */
  async function call<M extends MethodName>(method: M, args: ArgsIn<M>) {
    const reply = await core.dispatch({ id: nextId++, method, args });
    if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code} ${reply.error.message}`);
    return methods[method].result.parse(reply.value) as Result<M>;
  }
  return {
    desk,
    core,
    pushes,
    warnings,
    call,
    dispatch: (request: unknown): Promise<Reply> => core.dispatch(request),
  };
}

function pushesNamed(pushes: PushEnvelope[], event: PushEventName): unknown[] {
  return pushes.filter((p) => p.event === event).map((p) => pushEvents[event].parse(p.payload));
}

describe('every command through the dispatcher', () => {
  it('each command returns the fresh entity, is queued under its own name, and announces the change', async () => {
    const { desk, pushes, call } = setup();
    const promiseToKeep = insertOpenPromise(desk.db, desk, 'Skickar ny faktura');
    const promiseToCancel = insertOpenPromise(desk.db, desk, 'Ringer måndag');
    const { caseId } = desk;

    const commands: [MethodName, () => Promise<unknown>][] = [
      ['notes.add', () => call('notes.add', { caseId, bodyText: 'Intern anteckning' })],
      ['replies.send', () => call('replies.send', { caseId, bodyText: 'Hej Åsa, vi har rättat fakturan.' })],
      [
        'contacts.log',
        () => call('contacts.log', { caseId, channel: 'phone', direction: 'in', bodyText: 'Samtal' }),
      ],
      ['cases.setStatus', () => call('cases.setStatus', { caseId, status: 'waiting' })],
      ['cases.snooze', () => call('cases.snooze', { caseId, until: NOW + 24 * HOUR })],
      ['cases.setPriority', () => call('cases.setPriority', { caseId, priority: 'high' })],
      [
        'cases.assign',
        () => call('cases.assign', { caseId, assigneeId: desk.colleagueId, handoverNote: 'Semester' }),
      ],
      [
        'promises.make',
        () => call('promises.make', { caseId, text: 'Återkommer fredag', dueAt: NOW + 72 * HOUR }),
      ],
      ['promises.keep', () => call('promises.keep', { promiseId: promiseToKeep })],
      [
        'promises.cancel',
        () => call('promises.cancel', { promiseId: promiseToCancel, note: 'Inte längre aktuellt' }),
      ],
    ];

    for (const [index, [name, run]] of commands.entries()) {
      pushes.length = 0;
      await run();
      expect(outboxRows(desk.db).map((r) => r.name)).toHaveLength(index + 1);
      expect(outboxRows(desk.db).at(-1)?.name).toBe(name);
      expect(pushesNamed(pushes, 'case.changed')).toEqual([{ caseId }]);
      expect(pushesNamed(pushes, 'person.changed')).toEqual([{ personId: desk.personId }]);
      expect(pushesNamed(pushes, 'sync.status')).toEqual([
        { state: 'local', pending: index + 1, lastSyncedAt: null, message: null },
      ]);
    }
    expect(outboxRows(desk.db).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('a refused command answers with its code and announces nothing', async () => {
    const { pushes, dispatch } = setup();
    const reply = await dispatch({ id: 1, method: 'notes.add', args: { caseId: UNKNOWN_ID, bodyText: 'x' } });
    expect(reply).toMatchObject({ id: 1, ok: false, error: { code: 'not_found' } });
    expect(pushes).toEqual([]);
  });

  it('a hand-over without a note is refused with the reason', async () => {
    const { desk, dispatch } = setup();
    const reply = await dispatch({
      id: 1,
      method: 'cases.assign',
      args: { caseId: desk.caseId, assigneeId: desk.colleagueId },
    });
    expect(reply).toEqual({
      id: 1,
      ok: false,
      error: { code: 'invalid_args', message: 'A hand-over needs a short note' },
    });
  });

  it('a broken listener does not stop the command or the other listeners', async () => {
    const { desk, core, pushes, warnings, call } = setup();
    core.onPush(() => {
      throw new Error('window closed');
    });
    await call('notes.add', { caseId: desk.caseId, bodyText: 'Trots allt' });
    expect(pushes.length).toBeGreaterThan(0);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('a listener that unsubscribed hears nothing more', async () => {
    const { desk, core, call } = setup();
    const heard: PushEnvelope[] = [];
    const stop = core.onPush((push) => heard.push(push));
    stop();
    await call('notes.add', { caseId: desk.caseId, bodyText: 'Tyst' });
    expect(heard).toEqual([]);
  });
});

describe('reads through the dispatcher', () => {
  it('every read answers in the contract’s shape and shows what the commands wrote', async () => {
    const { desk, call } = setup();
    const { caseId, personId } = desk;
    await call('notes.add', { caseId, bodyText: 'Dubbeldebitering bekräftad' });
    await call('promises.make', { caseId, text: 'Ringer tillbaka', dueAt: NOW + HOUR });

    const detail = await call('cases.get', { caseId });
    expect(detail.events.map((e) => e.kind)).toEqual(['note', 'promise_made']);
    expect(detail.promises.map((p) => p.text)).toEqual(['Ringer tillbaka']);
    expect((await call('people.get', { personId })).person.name).toBe('Åsa Bergström');
    expect((await call('cases.list', { view: 'mine' })).rows.map((r) => r.id)).toEqual([caseId]);
    expect((await call('cases.counts', {})).counts.mine).toBe(1);
    expect((await call('search.query', { q: 'dubbeldebitering' })).hits.map((h) => h.kind)).toContain('note');
    expect((await call('workspace.info', {})).me.id).toBe(desk.meId);
  });
});

describe('sync status, drafts and preferences through the dispatcher', () => {
  it('with no hub the desk is local and counts the changes waiting', async () => {
    const { desk, call } = setup();
    expect(await call('sync.status', {})).toEqual({
      state: 'local',
      pending: 0,
      lastSyncedAt: null,
      message: null,
    });
    await call('notes.add', { caseId: desk.caseId, bodyText: 'En' });
    await call('cases.setPriority', { caseId: desk.caseId, priority: 'low' });
    expect((await call('sync.status', {})).pending).toBe(2);
  });

  it('drafts round-trip and are neither queued nor announced', async () => {
    const { desk, pushes, call } = setup();
    const content = '{"root":{"children":[],"type":"root","version":1}}';
    expect(await call('drafts.save', { caseId: desk.caseId, mode: 'reply', content, text: 'Hej' })).toEqual({
      savedAt: NOW,
    });
    expect((await call('drafts.load', { caseId: desk.caseId, mode: 'reply' })).draft?.text).toBe('Hej');
    await call('drafts.discard', { caseId: desk.caseId, mode: 'reply' });
    expect(await call('drafts.load', { caseId: desk.caseId, mode: 'reply' })).toEqual({ draft: null });
    expect(outboxRows(desk.db)).toEqual([]);
    expect(pushes).toEqual([]);
  });

  it('preferences are read and changed through the preferences port', async () => {
    const { call, dispatch } = setup();
    expect((await call('prefs.get', {})).theme).toBe('system');
    expect(await call('prefs.set', { patch: { theme: 'dark', locale: 'sv' } })).toMatchObject({
      theme: 'dark',
      locale: 'sv',
    });
    expect((await call('prefs.get', {})).theme).toBe('dark');
    const refused = await dispatch({ id: 99, method: 'prefs.set', args: { patch: { locale: 'de' } } });
    expect(refused).toMatchObject({ id: 99, ok: false, error: { code: 'invalid_args' } });
  });
});
