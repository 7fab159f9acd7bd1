import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncError } from '../../src/server/sync/syncError';
import { TestDesk, hubStateHash } from './support/testDesk';
import { addAgent, addTeam, authFor, openTestHub, seedCase, T0, type TestHub } from './support/testHub';

let t: TestHub;
beforeAll(async () => {
  t = await openTestHub();
});
afterAll(async () => {
  await t.close();
});

async function deskInNewTeam() {
  const team = await addTeam(t.hub);
  const agent = await addAgent(t.hub, team);
  const desk = new TestDesk(t.hub, await authFor(t.hub, agent));
  return { team, agent, desk };
}

const note = (caseId: string, text: string) => ({
  caseId,
  bodyText: text,
  bodyRich: null,
  eventId: uuidv7(),
});

describe('pushing an outbox', () => {
  it('applies a note with the ids and time the desk gave it', async () => {
    const { team, agent, desk } = await deskInNewTeam();
    const { caseRow } = await seedCase(t.hub, team);
    const args = note(caseRow.id, 'Ringde kunden, väntar på svar.');
    const reply = await desk.push([desk.mutation('notes.add', args, T0 - 5000)]);
    expect(reply.results).toEqual([expect.objectContaining({ seq: 1, status: 'applied' })]);
    expect(reply.lastAppliedSeq).toBe(1);
    const [event] = await t.hub.db.query('SELECT * FROM events WHERE id = $1', [args.eventId]);
    expect(event).toMatchObject({
      case_id: caseRow.id,
      kind: 'note',
      author_id: agent.id,
      created_at: T0 - 5000,
      body_text: 'Ringde kunden, väntar på svar.',
    });
  });

  it('leaves identical state when the same push is replayed 2 to 5 times', async () => {
    const { team, desk } = await deskInNewTeam();
    const { caseRow } = await seedCase(t.hub, team);
    const batch = [
      desk.mutation('notes.add', note(caseRow.id, 'Första')),
      desk.mutation('cases.setPriority', { caseId: caseRow.id, priority: 'high', eventId: uuidv7() }),
      desk.mutation('promises.make', {
        caseId: caseRow.id,
        text: 'Ringer tillbaka på tisdag',
        dueAt: T0 + 86_400_000,
        ownerId: null,
        promiseId: uuidv7(),
        eventId: uuidv7(),
      }),
    ];
    const first = await desk.push(batch);
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const afterFirst = await hubStateHash(t.hub);
    for (let replay = 2; replay <= 5; replay++) {
      const again = await desk.push(batch);
      expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      expect(again.lastAppliedSeq).toBe(3);
      expect(await hubStateHash(t.hub)).toBe(afterFirst);
    }
  });

  it('rejects a poison mutation with its reason and applies the ones after it', async () => {
    const { team, desk } = await deskInNewTeam();
    const { caseRow } = await seedCase(t.hub, team);
    const other = await seedCase(t.hub, await addTeam(t.hub));
    const good = note(caseRow.id, 'Efter giftet');
    const reply = await desk.push([
      desk.mutation('cases.teleport', { caseId: caseRow.id }),
      desk.mutation('notes.add', { caseId: caseRow.id, bodyText: '   ', bodyRich: null, eventId: uuidv7() }),
      desk.mutation('notes.add', note(uuidv7(), 'Ärende som inte finns')),
      desk.mutation('notes.add', note(other.caseRow.id, 'Annat teams ärende')),
      desk.mutation('notes.add', good),
    ]);
    expect(reply.results.map((r) => [r.status, r.code])).toEqual([
      ['rejected', 'unknown_command'],
      ['rejected', 'invalid_args'],
      ['rejected', 'not_found'],
      ['rejected', 'forbidden'],
      ['applied', undefined],
    ]);
    expect(reply.results[0]?.reason).toContain('cases.teleport');
    expect(reply.lastAppliedSeq).toBe(5);
    expect(await t.hub.db.query('SELECT id FROM events WHERE id = $1', [good.eventId])).toHaveLength(1);
    const otherEvents = await t.hub.db.query('SELECT id FROM events WHERE case_id = $1', [other.caseRow.id]);
    expect(otherEvents).toHaveLength(0);
    const replay = await desk.push([desk.mutation('notes.add', note(caseRow.id, 'sist'))]);
    expect(replay.results[0]?.status).toBe('applied');
  });

  it('answers a replayed rejection with the same reason', async () => {
    const { desk } = await deskInNewTeam();
    const poison = desk.mutation('notes.add', note(uuidv7(), 'borta'));
    const first = await desk.push([poison]);
    const again = await desk.push([poison]);
    expect(again.results[0]).toMatchObject({
      status: 'duplicate',
      code: 'not_found',
      reason: first.results[0]?.reason,
    });
  });

  it('stops at a gap and says where to resume', async () => {
    const { team, desk } = await deskInNewTeam();
    const { caseRow } = await seedCase(t.hub, team);
    const m1 = desk.mutation('notes.add', note(caseRow.id, 'ett'));
    const m2 = desk.mutation('notes.add', note(caseRow.id, 'två'));
    const m3 = desk.mutation('notes.add', note(caseRow.id, 'tre'));
    expect((await desk.push([m1])).lastAppliedSeq).toBe(1);
    const skipped = await desk.push([m3]);
    expect(skipped).toEqual({ results: [], lastAppliedSeq: 1 });
    const resumed = await desk.push([m2, m3]);
    expect(resumed.results.map((r) => r.status)).toEqual(['applied', 'applied']);
  });

  it('keeps the last writer in hub order and both changes on the timeline', async () => {
    const team = await addTeam(t.hub);
    const { caseRow } = await seedCase(t.hub, team);
    const anna = new TestDesk(t.hub, await authFor(t.hub, await addAgent(t.hub, team)));
    const olle = new TestDesk(t.hub, await authFor(t.hub, await addAgent(t.hub, team)));
    // Both edited offline; Olle's change was made later but reaches the hub first.
    const annas = anna.mutation(
      'cases.setStatus',
      { caseId: caseRow.id, status: 'waiting', eventId: uuidv7() },
      T0 - 9,
    );
    const olles = olle.mutation(
      'cases.setStatus',
      { caseId: caseRow.id, status: 'closed', eventId: uuidv7() },
      T0 - 5,
    );
    await olle.push([olles]);
    await anna.push([annas]);
    const [row] = await t.hub.db.query<{ status: string; closed_at: number | null }>(
      'SELECT status, closed_at FROM cases WHERE id = $1',
      [caseRow.id],
    );
    expect(row).toEqual({ status: 'waiting', closed_at: null });
    const events = await t.hub.db.query<{ meta: string }>(
      "SELECT meta FROM events WHERE case_id = $1 AND kind = 'status_changed' ORDER BY created_at",
      [caseRow.id],
    );
    // Anna's change is stamped first (she made it first) but applied second: it records Olle's as `from`.
    expect(events.map((e) => JSON.parse(e.meta))).toEqual([
      { from: 'closed', to: 'waiting' },
      { from: 'open', to: 'closed' },
    ]);
  });

  it('refuses a desk that pushed as another agent before', async () => {
    const { team, desk } = await deskInNewTeam();
    const { caseRow } = await seedCase(t.hub, team);
    await desk.push([desk.mutation('notes.add', note(caseRow.id, 'min'))]);
    const intruder = new TestDesk(t.hub, await authFor(t.hub, await addAgent(t.hub, team)));
    Object.assign(intruder, { clientId: desk.clientId });
    await expect(
      intruder.push([intruder.mutation('notes.add', note(caseRow.id, 'inte min'))]),
    ).rejects.toThrow(SyncError);
  });
  it('answers a seq repeated inside one batch as a duplicate of the first', async () => {
    const { team, desk } = await deskInNewTeam();
    const { caseRow } = await seedCase(t.hub, team);
    const first = desk.mutation('notes.add', note(caseRow.id, 'En gång'));
    const reply = await desk.push([first, first]);
    expect(reply.results.map((r) => r.status)).toEqual(['applied', 'duplicate']);
    const events = await t.hub.db.query('SELECT id FROM events WHERE case_id = $1 AND kind = $2', [
      caseRow.id,
      'note',
    ]);
    expect(events).toHaveLength(1);
  });

  it('leaves a refused change out of the change feed, even the parts it wrote before failing', async () => {
    const { team, desk } = await deskInNewTeam();
    const { caseRow } = await seedCase(t.hub, team);
    const taken = note(caseRow.id, 'Redan här');
    await desk.push([desk.mutation('notes.add', taken)]);
    const { cursor } = await desk.pullAll();
    // The status change writes the case, then its event collides with an existing id: all of it goes.
    const reply = await desk.push([
      desk.mutation('cases.setStatus', { caseId: caseRow.id, status: 'closed', eventId: taken.eventId }),
    ]);
    expect(reply.results).toEqual([expect.objectContaining({ status: 'rejected', code: 'conflict' })]);
    const after = await desk.pull(cursor);
    expect(after.changes).toEqual([]);
    expect(after.lastMutationSeq).toBe(2);
  });

  it('applies each change of a batch to the case as the earlier ones in the batch left it', async () => {
    const { team, desk } = await deskInNewTeam();
    const { caseRow } = await seedCase(t.hub, team);
    const promiseId = uuidv7();
    const reply = await desk.push([
      desk.mutation('cases.setStatus', { caseId: caseRow.id, status: 'waiting', eventId: uuidv7() }),
      desk.mutation('promises.make', {
        caseId: caseRow.id,
        text: 'Ringer tillbaka på tisdag',
        dueAt: T0 + 86_400_000,
        ownerId: null,
        promiseId,
        eventId: uuidv7(),
      }),
      desk.mutation('cases.setPriority', { caseId: caseRow.id, priority: 'high', eventId: uuidv7() }),
      // The same case in capitals: still the same case, as the changes before left it.
      desk.mutation('cases.setStatus', {
        caseId: caseRow.id.toUpperCase(),
        status: 'closed',
        eventId: uuidv7(),
      }),
      desk.mutation('cases.setPriority', {
        caseId: caseRow.id.toUpperCase(),
        priority: 'urgent',
        eventId: uuidv7(),
      }),
    ]);
    expect(reply.results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    const [row] = await t.hub.db.query('SELECT status, priority, closed_at FROM cases WHERE id = $1', [
      caseRow.id,
    ]);
    expect(row).toEqual({ status: 'closed', priority: 'urgent', closed_at: expect.any(Number) });
    const events = await t.hub.db.query<{ kind: string; meta: string }>(
      "SELECT kind, meta FROM events WHERE case_id = $1 AND kind IN ('status_changed', 'priority_changed') ORDER BY id",
      [caseRow.id],
    );
    expect(events.map((e) => JSON.parse(e.meta))).toEqual([
      { from: 'open', to: 'waiting' },
      { from: 'normal', to: 'high' },
      { from: 'waiting', to: 'closed' },
      { from: 'high', to: 'urgent' },
    ]);
    expect(await t.hub.db.query('SELECT id FROM promises WHERE id = $1', [promiseId])).toHaveLength(1);
  });

  it('applies a promise made with its id in capitals and kept in the same batch', async () => {
    const { team, desk } = await deskInNewTeam();
    const { caseRow } = await seedCase(t.hub, team);
    const promiseId = uuidv7();
    const reply = await desk.push([
      desk.mutation('promises.make', {
        caseId: caseRow.id,
        text: 'Skickar blanketten i dag',
        dueAt: T0 + 86_400_000,
        ownerId: null,
        promiseId: promiseId.toUpperCase(),
        eventId: uuidv7(),
      }),
      desk.mutation('promises.keep', { promiseId, note: '', eventId: uuidv7() }),
    ]);
    expect(reply.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const [row] = await t.hub.db.query('SELECT status FROM promises WHERE id = $1', [promiseId]);
    expect(row).toEqual({ status: 'kept' });
  });

  it('refuses only the change whose event id an earlier change in the same batch took', async () => {
    const { team, desk } = await deskInNewTeam();
    const { caseRow } = await seedCase(t.hub, team);
    const first = note(caseRow.id, 'Först');
    const reply = await desk.push([
      desk.mutation('notes.add', first),
      desk.mutation('cases.setStatus', { caseId: caseRow.id, status: 'waiting', eventId: first.eventId }),
      desk.mutation('cases.setPriority', { caseId: caseRow.id, priority: 'high', eventId: uuidv7() }),
    ]);
    expect(reply.results.map((r) => [r.status, r.code])).toEqual([
      ['applied', undefined],
      ['rejected', 'conflict'],
      ['applied', undefined],
    ]);
    const [row] = await t.hub.db.query('SELECT status, priority FROM cases WHERE id = $1', [caseRow.id]);
    expect(row).toEqual({ status: 'open', priority: 'high' });
    const events = await t.hub.db.query<{ kind: string; body_text: string }>(
      'SELECT kind, body_text FROM events WHERE case_id = $1 ORDER BY id',
      [caseRow.id],
    );
    expect(events.filter((e) => e.kind !== 'contact')).toEqual([
      { kind: 'note', body_text: 'Först' },
      { kind: 'priority_changed', body_text: '' },
    ]);
  });

  it('records every mutation of a batch as inside the state a pull reaching the batch sees', async () => {
    const { team, desk } = await deskInNewTeam();
    const { caseRow } = await seedCase(t.hub, team);
    const { cursor } = await desk.pullAll();
    await desk.push([
      desk.mutation('notes.add', note(caseRow.id, 'Ett')),
      desk.mutation('cases.setPriority', { caseId: caseRow.id, priority: 'high', eventId: uuidv7() }),
      desk.mutation('notes.add', note(caseRow.id, 'Tre')),
    ]);
    const pulled = await desk.pullAll(cursor);
    const changes = pulled.pages.flatMap((p) => p.changes);
    // The case was written three times; the feed holds it once, with its latest state.
    expect(changes.filter((c) => c.table === 'cases')).toEqual([
      expect.objectContaining({ row: expect.objectContaining({ id: caseRow.id, priority: 'high' }) }),
    ]);
    expect(changes.filter((c) => c.table === 'events')).toHaveLength(3);
    expect((pulled.pages.at(-1) as { lastMutationSeq: number }).lastMutationSeq).toBe(3);
  });
});
