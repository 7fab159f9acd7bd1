import fc from 'fast-check';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Team } from '../../src/shared/domain';
import type { Mutation, RowChange } from '../../src/shared/sync';
import type { AuthAgent } from '../../src/server/accounts/sessions';
import { TestDesk } from './support/testDesk';
import { addAgent, addTeam, authFor, openTestHub, seedCase, T0, type TestHub } from './support/testHub';

let t: TestHub;
let team: Team;
let agents: AuthAgent[];
beforeAll(async () => {
  t = await openTestHub();
  team = await addTeam(t.hub);
  agents = [];
  for (let i = 0; i < 3; i++) agents.push(await authFor(t.hub, await addAgent(t.hub, team)));
});
afterAll(async () => {
  await t.close();
});

type Op =
  | { kind: 'note'; text: string }
  | { kind: 'status'; status: 'open' | 'waiting' | 'closed' }
  | { kind: 'priority'; priority: 'low' | 'normal' | 'high' | 'urgent' }
  | { kind: 'promise' }
  | { kind: 'keepFirstPromise' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('note' as const), text: fc.string({ minLength: 1, maxLength: 20 }) }),
  fc.record({
    kind: fc.constant('status' as const),
    status: fc.constantFrom('open' as const, 'waiting' as const, 'closed' as const),
  }),
  fc.record({
    kind: fc.constant('priority' as const),
    priority: fc.constantFrom('low' as const, 'high' as const, 'urgent' as const),
  }),
  fc.record({ kind: fc.constant('promise' as const) }),
  fc.record({ kind: fc.constant('keepFirstPromise' as const) }),
);

/** One delivery attempt: a desk sends part of what it has not seen confirmed; the reply may be lost. */
const delivery = fc.record({
  desk: fc.integer({ min: 0, max: 2 }),
  /** Negative: resend already confirmed ones (a replay); positive: skip ahead (an earlier batch was lost). */
  shift: fc.integer({ min: -2, max: 2 }),
  size: fc.integer({ min: 1, max: 4 }),
  replyLost: fc.boolean(),
});

function toMutation(desk: TestDesk, o: Op, caseId: string, firstPromise: string, i: number): Mutation {
  const at = T0 - 100_000 + i;
  const eventId = uuidv7();
  switch (o.kind) {
    case 'note':
      return desk.mutation('notes.add', { caseId, bodyText: `x${o.text}`, bodyRich: null, eventId }, at);
    case 'status':
      return desk.mutation('cases.setStatus', { caseId, status: o.status, eventId }, at);
    case 'priority':
      return desk.mutation('cases.setPriority', { caseId, priority: o.priority, eventId }, at);
    case 'promise':
      return desk.mutation(
        'promises.make',
        { caseId, text: 'Ringer upp', dueAt: T0 + 86_400_000, ownerId: null, promiseId: uuidv7(), eventId },
        at,
      );
    case 'keepFirstPromise':
      return desk.mutation('promises.keep', { promiseId: firstPromise, note: '', eventId }, at);
  }
}

const held = (pages: Array<{ changes: RowChange[] }>) => {
  const rows = new Map<string, unknown>();
  for (const page of pages) for (const c of page.changes) rows.set(`${c.table}:${c.row.id}`, c.row);
  return rows;
};

describe('three desks over a bad network', () => {
  it('apply every change exactly once and end up holding what the hub holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), op), { minLength: 1, maxLength: 18 }),
        fc.array(delivery, { maxLength: 25 }),
        async (ops, schedule) => {
          const team = await addTeam(t.hub);
          const { caseRow } = await seedCase(t.hub, team);
          const desks: TestDesk[] = [];
          for (let i = 0; i < 3; i++)
            desks.push(new TestDesk(t.hub, await authFor(t.hub, await addAgent(t.hub, team))));
          // Every desk can keep this promise; only the first keep to reach the hub may.
          const firstPromise = uuidv7();
          const setup = desks[0] as TestDesk;
          await setup.push([
            setup.mutation('promises.make', {
              caseId: caseRow.id,
              text: 'Första löftet',
              dueAt: T0,
              ownerId: null,
              promiseId: firstPromise,
              eventId: uuidv7(),
            }),
          ]);
          const queues: Mutation[][] = [[], [], []];
          ops.forEach(([d, o], i) =>
            queues[d]?.push(toMutation(desks[d] as TestDesk, o, caseRow.id, firstPromise, i)),
          );
          const confirmed = [1, 0, 0];
          const outcomes = new Map<string, string>();
          const send = async (d: number, from: number, size: number, replyLost: boolean) => {
            const queue = queues[d] as Mutation[];
            const batch = queue.filter((m) => m.seq >= from).slice(0, size);
            if (batch.length === 0) return;
            const reply = await (desks[d] as TestDesk).push(batch);
            for (const r of reply.results) if (r.status !== 'duplicate') outcomes.set(r.id, r.status);
            if (!replyLost) confirmed[d] = Math.max(confirmed[d] as number, reply.lastAppliedSeq);
          };
          for (const step of schedule) {
            const known = confirmed[step.desk] as number;
            // A desk the hub has not confirmed yet starts from its oldest entry (protocol.ts: a new client
            // starts where its first push starts); after that anything goes.
            const from = known === 0 ? 1 : Math.max(1, known + 1 + step.shift);
            await send(step.desk, from, step.size, step.replyLost);
          }
          // The network heals: each desk drains its outbox.
          for (let d = 0; d < 3; d++) {
            while ((confirmed[d] as number) < (queues[d] as Mutation[]).length + (d === 0 ? 1 : 0)) {
              await send(d, (confirmed[d] as number) + 1, 5, false);
            }
          }
          const all = queues.flat();
          expect(outcomes.size).toBe(all.length);
          const events = await t.hub.db.query<{ id: string }>('SELECT id FROM events WHERE case_id = $1', [
            caseRow.id,
          ]);
          const applied = all.filter((m) => outcomes.get(m.id) === 'applied').length;
          expect(events).toHaveLength(applied + 1);
          const keeps = all.filter((m) => m.name === 'promises.keep' && outcomes.get(m.id) === 'applied');
          expect(keeps.length).toBeLessThanOrEqual(1);
          // Every desk, pulling from scratch, holds exactly the hub's rows of its team.
          const views = await Promise.all(
            desks.map(async (desk) => held((await desk.pullAll(null, 7)).pages)),
          );
          const [first, ...rest] = views;
          for (const view of rest) expect(view).toEqual(first);
          const [hubCase] = await t.hub.db.query('SELECT * FROM cases WHERE id = $1', [caseRow.id]);
          expect(first?.get(`cases:${caseRow.id}`)).toEqual(hubCase);
        },
      ),
      { numRuns: 20 },
    );
  }, 240_000);
});
