import { afterEach, describe, expect, it } from 'vitest';
import { noteAfterSave } from '../../../src/shared/sync/personNotes';
import { FakeHub, PASSWORD, T0 } from './fakeHub';
import { noteEventRow, openTestDesk, putCase, type TestDesk } from './desk';

const desks: TestDesk[] = [];
afterEach(() => {
  for (const desk of desks.splice(0)) desk.core.close();
});

async function deskOn(hub: FakeHub): Promise<TestDesk> {
  const desk = await openTestDesk(hub);
  desks.push(desk);
  return desk;
}

/** One rich-text paragraph, as the editor saves it. */
function lexical(text: string): string {
  return JSON.stringify({
    root: {
      children: [
        {
          children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          type: 'paragraph',
          version: 1,
        },
      ],
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  });
}

describe('a desk connecting to a hub', () => {
  it('replaces its local workspace with the hub’s and shows how far the first sync has come', async () => {
    const hub = new FakeHub();
    const { caseRow } = putCase(hub);
    hub.pageSize = 2;
    const desk = await deskOn(hub);

    const connected = await desk.api.call('sync.connect', {
      url: 'https://hub.example/',
      email: hub.agent.email,
      password: PASSWORD,
    });
    const done = await desk.api.call('sync.now', {});

    expect(connected.workspaceReplaced).toBe(true);
    expect(connected.account).toEqual({
      url: 'https://hub.example',
      email: hub.agent.email,
      agentId: hub.agent.id,
      agentName: 'Maja Lindqvist',
    });
    expect(done).toMatchObject({ state: 'synced', pending: 0, lastSyncedAt: T0, message: null });
    expect(done.progress).toBeUndefined();
    const info = await desk.api.call('workspace.info', {});
    expect(info.me.id).toBe(hub.agent.id);
    expect(info.agents.map((a) => a.name).sort()).toEqual(['Maja Lindqvist', 'Ole Nørgaard']);
    const detail = await desk.api.call('cases.get', { caseId: caseRow.id });
    expect(detail.case.subject).toBe('Fakturan stämmer inte');
    expect(detail.person.name).toBe('Åsa Bergström');
    const progress = desk.statuses.flatMap((s) => (s.progress ? [s.progress] : []));
    expect(progress).toEqual([
      { done: 2, total: hub.head },
      { done: 4, total: hub.head },
    ]);
  });

  it('says so when the password is wrong, and changes nothing', async () => {
    const hub = new FakeHub();
    const desk = await deskOn(hub);
    const before = await desk.api.call('workspace.info', {});

    await expect(
      desk.api.call('sync.connect', { url: 'https://hub.example', email: hub.agent.email, password: 'fel' }),
    ).rejects.toMatchObject({ code: 'unauthorized', message: 'The e-mail or the password is wrong.' });

    expect((await desk.api.call('workspace.info', {})).me).toEqual(before.me);
    expect(await desk.api.call('sync.account', {})).toEqual({ account: null });
    expect((await desk.api.call('sync.status', {})).state).toBe('local');
  });
});

describe('draining the outbox', () => {
  it('asks an unreachable hub again after growing, capped, jittered waits, and shows the changes waiting', async () => {
    const hub = new FakeHub();
    const { caseRow } = putCase(hub);
    const desk = await deskOn(hub);
    await desk.connect();
    hub.failures.push(...Array<'unreachable'>(11).fill('unreachable'));

    let offline = desk.nextStatus((s) => s.state === 'offline');
    await desk.api.call('notes.add', { caseId: caseRow.id, bodyText: 'Ringde, inget svar.' });
    desk.time.runDue();
    expect(await offline).toMatchObject({ state: 'offline', pending: 1 });

    const waits: number[] = [];
    for (let retry = 0; retry < 10; retry++) {
      const [wait] = desk.time.waits().filter((w) => w > 0);
      waits.push(wait as number);
      offline = desk.nextStatus((s) => s.state === 'offline');
      desk.time.advanceBy(wait as number);
      await offline;
    }
    const synced = desk.nextStatus((s) => s.state === 'synced');
    const [last] = desk.time.waits().filter((w) => w > 0);
    waits.push(last as number);
    desk.time.advanceBy(last as number);

    // Half of 1 s, 2 s, 4 s … fixed, the other half random (0.5 here); never above 5 minutes.
    expect(waits).toEqual([
      750, 1_500, 3_000, 6_000, 12_000, 24_000, 48_000, 96_000, 192_000, 225_000, 225_000,
    ]);
    expect(await synced).toMatchObject({ state: 'synced', pending: 0 });
    expect(hub.pushes.flat().map((m) => m.name)).toEqual(['notes.add']);
  });

  it('shows a change the hub refused, with its reason, and sends the changes after it', async () => {
    const hub = new FakeHub();
    const { caseRow } = putCase(hub);
    hub.judge = (m) =>
      String(m.args.bodyText).startsWith('Otillåten')
        ? { status: 'rejected', code: 'forbidden', reason: 'This case belongs to another team.' }
        : { status: 'applied' };
    hub.onApplied = (m) => hub.put('events', noteEventRow(m.args, caseRow, hub.agent.id, m.createdAt));
    const desk = await deskOn(hub);
    await desk.connect();

    for (const bodyText of ['Första anteckningen', 'Otillåten anteckning', 'Tredje anteckningen']) {
      await desk.api.call('notes.add', { caseId: caseRow.id, bodyText });
    }
    const status = await desk.api.call('sync.now', {});

    expect(status).toMatchObject({ state: 'synced', pending: 0, rejected: 1 });
    expect(hub.pushes.flat().map((m) => m.args.bodyText)).toEqual([
      'Första anteckningen',
      'Otillåten anteckning',
      'Tredje anteckningen',
    ]);
    const { rejections } = await desk.api.call('sync.rejections', {});
    expect(rejections).toEqual([
      {
        seq: expect.any(Number),
        name: 'notes.add',
        summary: 'Otillåten anteckning',
        createdAt: T0,
        code: 'forbidden',
        reason: 'This case belongs to another team.',
      },
    ]);
    // The refused note is not shown as if it were on the timeline; the others are, as the hub has them.
    const { events } = await desk.api.call('cases.get', { caseId: caseRow.id });
    expect(events.map((e) => e.bodyText)).toEqual(['Första anteckningen', 'Tredje anteckningen']);

    await desk.api.call('sync.dismissRejection', { seq: rejections[0]!.seq });
    expect(await desk.api.call('sync.rejections', {})).toEqual({ rejections: [] });
    expect((await desk.api.call('sync.status', {})).rejected).toBeUndefined();
  });

  it('shows why a hub refuses the whole request, keeps the change and asks again later', async () => {
    const hub = new FakeHub();
    const { caseRow } = putCase(hub);
    const desk = await deskOn(hub);
    await desk.connect();
    hub.failures.push('refused');

    await desk.api.call('notes.add', { caseId: caseRow.id, bodyText: 'Skickas senare.' });
    const refused = await desk.api.call('sync.now', {});

    expect(refused).toMatchObject({ state: 'error', pending: 1, message: 'fake hub: refused' });
    expect(desk.time.waits().filter((w) => w > 0)).toEqual([750]);
    const synced = desk.nextStatus((s) => s.state === 'synced');
    desk.time.advanceBy(750);
    expect(await synced).toMatchObject({ pending: 0 });
  });

  it('asks for the password again when the session expired, and loses no queued change', async () => {
    const hub = new FakeHub();
    const { caseRow } = putCase(hub);
    hub.onApplied = (m) => hub.put('events', noteEventRow(m.args, caseRow, hub.agent.id, m.createdAt));
    const desk = await deskOn(hub);
    await desk.connect();
    hub.expireSessions();

    await desk.api.call('notes.add', { caseId: caseRow.id, bodyText: 'Skrivet efter utloggningen.' });
    const expired = await desk.api.call('sync.now', {});

    expect(expired).toMatchObject({ state: 'login_required', pending: 1 });
    expect((await desk.api.call('sync.account', {})).account?.email).toBe(hub.agent.email);
    const again = await desk.api.call('sync.connect', {
      url: 'https://hub.example',
      email: hub.agent.email,
      password: PASSWORD,
    });
    expect(again.workspaceReplaced).toBe(false);
    expect(await desk.api.call('sync.now', {})).toMatchObject({ state: 'synced', pending: 0 });
    const { events } = await desk.api.call('cases.get', { caseId: caseRow.id });
    expect(events.map((e) => e.bodyText)).toEqual(['Skrivet efter utloggningen.']);
  });
});

describe('pulling and rebasing', () => {
  it('keeps a queued status change on top of the hub’s newer version of the same case', async () => {
    const hub = new FakeHub();
    const { caseRow } = putCase(hub);
    const desk = await deskOn(hub);
    await desk.connect();
    hub.confirmedSeq = 0; // the hub has the change but its pulled state does not show it yet

    await desk.api.call('cases.setStatus', { caseId: caseRow.id, status: 'closed' });
    hub.put('cases', { ...caseRow, priority: 'urgent', updated_at: T0 + 1 });
    const status = await desk.api.call('sync.now', {});

    expect(status.pending).toBe(1);
    const meanwhile = await desk.api.call('cases.get', { caseId: caseRow.id });
    expect(meanwhile.case).toMatchObject({ status: 'closed', priority: 'urgent' });
    expect(meanwhile.events.map((e) => e.kind)).toEqual(['status_changed']);

    // The hub's state now includes the change: the queue empties and the desk shows the hub's rows.
    const [pushed] = hub.pushes.flat();
    hub.put('cases', { ...caseRow, priority: 'urgent', status: 'closed', closed_at: T0, updated_at: T0 + 2 });
    hub.put('events', {
      id: String(pushed!.args.eventId),
      case_id: caseRow.id,
      person_id: caseRow.person_id,
      kind: 'status_changed',
      channel: null,
      direction: null,
      author_id: hub.agent.id,
      created_at: T0,
      body_text: '',
      body_rich: null,
      meta: JSON.stringify({ from: 'open', to: 'closed' }),
    });
    hub.confirmedSeq = null;
    expect(await desk.api.call('sync.now', {})).toMatchObject({ state: 'synced', pending: 0 });
    const after = await desk.api.call('cases.get', { caseId: caseRow.id });
    expect(after.case).toMatchObject({ status: 'closed', priority: 'urgent', updatedAt: T0 + 2 });
    expect(after.events.map((e) => e.kind)).toEqual(['status_changed']);
  });

  it('never drops the agent’s note text when a colleague saved the person note first', async () => {
    const hub = new FakeHub();
    const { person } = putCase(hub);
    const desk = await deskOn(hub);
    await desk.connect();
    hub.confirmedSeq = 0;

    const mine = { rich: lexical('Föredrar e-post.'), text: 'Föredrar e-post.' };
    await desk.api.call('people.setNote', {
      personId: person.id,
      noteRich: mine.rich,
      noteText: mine.text,
      baseNoteText: person.note_text,
    });
    const colleagues = {
      ...person,
      note_text: 'Hör dåligt — ring inte.',
      note_rich: null,
      note_updated_at: T0 - 1_000,
    };
    hub.put('people', colleagues);
    await desk.api.call('sync.now', {});

    // Until the hub decides, the desk shows both texts, the way the hub will combine them.
    const expected = noteAfterSave(
      { rich: colleagues.note_rich, text: colleagues.note_text },
      mine,
      person.note_text,
      { name: 'Ole Nørgaard', at: colleagues.note_updated_at },
    );
    const meanwhile = await desk.api.call('people.get', { personId: person.id });
    expect(meanwhile.person.noteText).toBe(expected.text);
    expect(meanwhile.person.noteText).toContain('Föredrar e-post.');
    expect(meanwhile.person.noteText).toContain('Hör dåligt — ring inte.');

    // What the hub decided is what the desk shows afterwards.
    hub.put('people', {
      ...colleagues,
      note_text: expected.text,
      note_rich: expected.rich,
      note_updated_by: hub.agent.id,
      note_updated_at: T0,
    });
    hub.confirmedSeq = null;
    expect(await desk.api.call('sync.now', {})).toMatchObject({ pending: 0 });
    const decided = await desk.api.call('people.get', { personId: person.id });
    expect(decided.person).toMatchObject({ noteText: expected.text, noteRich: expected.rich });
  });

  it('pulls when the hub pokes the live channel', async () => {
    const hub = new FakeHub();
    const { caseRow } = putCase(hub);
    const desk = await deskOn(hub);
    await desk.connect();

    hub.put('cases', { ...caseRow, subject: 'Fakturan stämmer inte (dubbeldebitering)', updated_at: T0 + 5 });
    const synced = desk.nextStatus((s) => s.state === 'synced');
    hub.liveEvents?.onPoke();
    desk.time.runDue();
    await synced;

    const detail = await desk.api.call('cases.get', { caseId: caseRow.id });
    expect(detail.case.subject).toBe('Fakturan stämmer inte (dubbeldebitering)');
  });
});
