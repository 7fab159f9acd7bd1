import { describe, expect, it } from 'vitest';
import { serveStore } from '../../../src/core/dispatch/serveStore';
import { memoryPreferences } from '../../../src/core/preferences';
import { lexicalFromParagraphs } from '../../../src/shared/text/lexicalText';
import {
  methods,
  pushEvents,
  type ArgsIn,
  type MethodName,
  type PushEnvelope,
  type PushEventName,
  type Result,
} from '../../../src/shared/api';
import { insertCase, insertPerson, makeDesk, NOW, outboxRows } from '../commands/fixtures';

function setup() {
  const desk = makeDesk();
  const core = serveStore(desk.db, {
    meId: desk.meId,
    prefs: memoryPreferences(),
    clock: { now: () => NOW },
    logger: { info: () => {}, warn: () => {}, error: () => {} },
  });
  const pushes: PushEnvelope[] = [];
  core.onPush((push) => pushes.push(push));
  let nextId = 1;
  /** Calls a method as a transport does, and checks the answer against the contract's result schema. */
  async function call<M extends MethodName>(method: M, args: ArgsIn<M>): Promise<Result<M>> {
    const reply = await core.dispatch({ id: nextId++, method, args });
    if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code} ${reply.error.message}`);
    return methods[method].result.parse(reply.value) as Result<M>;
  }
  const named = (event: PushEventName) =>
    pushes.filter((p) => p.event === event).map((p) => pushEvents[event].parse(p.payload));
  return { desk, core, pushes, call, named };
}

describe('the person view’s changes through the dispatcher', () => {
  it('each answers in the contract’s shape, is queued under its name and announces the person', async () => {
    const { desk, pushes, call, named } = setup();
    const { personId } = desk;
    const steps: [MethodName, () => Promise<unknown>][] = [
      [
        'people.setNote',
        () =>
          call('people.setNote', {
            personId,
            noteRich: lexicalFromParagraphs(['Ring efter 15.']),
            noteText: 'Ring efter 15.',
          }),
      ],
      [
        'people.update',
        () => call('people.update', { personId, preferredName: 'Åsa', languages: ['sv', 'en'] }),
      ],
      ['people.setPersonalAgent', () => call('people.setPersonalAgent', { personId, agentId: desk.meId })],
      [
        'people.addContactPoint',
        () => call('people.addContactPoint', { personId, kind: 'email', value: 'asa@example.se' }),
      ],
      ['cases.markUnread', () => call('cases.markUnread', { caseId: desk.caseId, unread: true })],
    ];
    for (const [name, run] of steps) {
      pushes.length = 0;
      await run();
      expect(outboxRows(desk.db).at(-1)?.name).toBe(name);
      expect(named('person.changed')).toEqual([{ personId }]);
      expect(named('sync.status').at(-1)).toMatchObject({ pending: outboxRows(desk.db).length });
    }
    const view = await call('people.get', { personId });
    expect(view.person).toMatchObject({
      preferredName: 'Åsa',
      languages: ['sv', 'en'],
      personalAgentId: desk.meId,
    });
    expect(view.contactPoints.map((p) => p.value)).toEqual(['asa@example.se']);
    expect(view.cases[0]).toMatchObject({ personName: 'Åsa', unread: true });
    expect((await call('cases.list', { view: 'my_people' })).rows.map((r) => r.id)).toEqual([desk.caseId]);
  });

  it('merge and undo answer in the contract’s shape, and refresh both people and the lists', async () => {
    const { desk, call, named, pushes } = setup();
    const duplicate = insertPerson(desk.db, 'Asa Bergstrom');
    const dupCase = insertCase(desk.db, { personId: duplicate, teamId: desk.teamId });

    const { merge } = await call('people.merge', { keepId: desk.personId, mergeId: duplicate });
    expect(named('person.changed')).toEqual([{ personId: desk.personId }, { personId: duplicate }]);
    expect(named('case.changed')).toEqual(
      expect.arrayContaining([{ caseId: dupCase }, { caseId: desk.caseId }]),
    );
    expect(named('cases.invalidated')).toHaveLength(1);
    expect((await call('people.get', { personId: desk.personId })).merges).toEqual([merge]);

    pushes.length = 0;
    const { restored } = await call('people.unmerge', { mergeId: merge.id });
    expect(restored).toMatchObject({ id: duplicate, mergedInto: null });
    expect(named('case.changed')).toEqual(expect.arrayContaining([{ caseId: dupCase }]));
    expect(outboxRows(desk.db).map((r) => r.name)).toEqual(['people.merge', 'people.unmerge']);
  });

  it('refusals keep their codes: merging into oneself, undoing twice', async () => {
    const { desk, core, call } = setup();
    const self = await core.dispatch({
      id: 1,
      method: 'people.merge',
      args: { keepId: desk.personId, mergeId: desk.personId },
    });
    expect(self).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    const duplicate = insertPerson(desk.db, 'Åsa B.');
    const { merge } = await call('people.merge', { keepId: desk.personId, mergeId: duplicate });
    await call('people.unmerge', { mergeId: merge.id });
    const again = await core.dispatch({ id: 2, method: 'people.unmerge', args: { mergeId: merge.id } });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'This merge was already undone.' },
    });
  });
});

describe('goals through the dispatcher', () => {
  it('answers both scopes and windows in the contract’s shape', async () => {
    const { call } = setup();
    for (const scope of ['me', 'team'] as const) {
      for (const days of [7, 30] as const) {
        const report = await call('goals.get', { scope, days });
        expect(report).toMatchObject({ scope, days, to: NOW });
        expect(report.daily).toHaveLength(days);
        // Åsa's open case is both mine and my team's.
        expect(report.backlog.reduce((sum, b) => sum + b.count, 0)).toBe(1);
      }
    }
  });
});
