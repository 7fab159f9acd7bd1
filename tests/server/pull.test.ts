import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse, RowChange, SyncTable } from '../../src/shared/sync';
import { importRows } from '../../src/server/sync/importRows';
import { TestDesk } from './support/testDesk';
import { addAgent, addTeam, authFor, openTestHub, seedCase, T0, type TestHub } from './support/testHub';

let t: TestHub;
beforeAll(async () => {
  t = await openTestHub();
});
afterAll(async () => {
  await t.close();
});

const note = (caseId: string, text: string) => ({
  caseId,
  bodyText: text,
  bodyRich: null,
  eventId: uuidv7(),
});

/** The desk's foreign keys: a row may only arrive once what it points at has. */
const parentsOf: Record<SyncTable, Array<[string, SyncTable]>> = {
  teams: [],
  agents: [['team_id', 'teams']],
  saved_replies: [],
  people: [['personal_agent_id', 'agents']],
  contact_points: [['person_id', 'people']],
  cases: [
    ['person_id', 'people'],
    ['team_id', 'teams'],
    ['assignee_id', 'agents'],
  ],
  events: [
    ['case_id', 'cases'],
    ['author_id', 'agents'],
  ],
  promises: [
    ['case_id', 'cases'],
    ['owner_id', 'agents'],
  ],
  person_merges: [['kept_id', 'people']],
};

function applyLikeADesk(pages: PullResponse[], held = new Map<string, RowChange>()): Map<string, RowChange> {
  for (const page of pages) {
    for (const change of page.changes) {
      for (const [column, parent] of parentsOf[change.table]) {
        const ref = (change.row as Record<string, unknown>)[column];
        if (typeof ref === 'string')
          expect(held.has(`${parent}:${ref}`), `${change.table}.${column} first`).toBe(true);
      }
      held.set(`${change.table}:${change.row.id}`, change);
    }
  }
  return held;
}

async function twoTeams() {
  const teamA = await addTeam(t.hub);
  const teamB = await addTeam(t.hub);
  const anna = await addAgent(t.hub, teamA);
  const bo = await addAgent(t.hub, teamB);
  return { teamA, teamB, anna, bo, deskA: new TestDesk(t.hub, await authFor(t.hub, anna)) };
}

describe('pulling changes', () => {
  it('pages a first sync with every row once, parents first, and reports progress', async () => {
    const { teamA, anna, deskA } = await twoTeams();
    const seeded = [];
    for (let i = 0; i < 4; i++) seeded.push(await seedCase(t.hub, teamA, { assigneeId: anna.id }));
    for (const s of seeded) await deskA.push([deskA.mutation('notes.add', note(s.caseRow.id, 'anteckning'))]);
    const { pages, cursor } = await deskA.pullAll(null, 3);
    expect(pages.length).toBeGreaterThan(3);
    const held = applyLikeADesk(pages);
    for (const s of seeded) expect(held.has(`cases:${s.caseRow.id}`)).toBe(true);
    const last = pages.at(-1) as PullResponse;
    expect(Number(cursor)).toBe(last.headVersion);
    for (const page of pages) expect(Number(page.nextCursor)).toBeLessThanOrEqual(page.headVersion);
    expect(last.lastMutationSeq).toBe(4);
  });

  it('pages the shared directory and the team feed in hub order, small pages as whole ones', async () => {
    const { teamA, teamB, deskA } = await twoTeams();
    const cursor = (await deskA.pullAll()).cursor;
    // Team rows and directory rows (a colleague in another team) take turns in the feed.
    for (let i = 0; i < 3; i++) {
      await seedCase(t.hub, teamA);
      await addAgent(t.hub, teamB);
    }
    const whole = (await deskA.pullAll(cursor)).pages.flatMap((p) => p.changes);
    const paged = (await deskA.pullAll(cursor, 2)).pages.flatMap((p) => p.changes);
    const key = (c: RowChange) => `${c.table}:${c.row.id}@${c.version}`;
    expect(new Set(paged.map(key))).toEqual(new Set(whole.map(key)));
    expect(whole.filter((c) => c.table === 'agents')).toHaveLength(3);
    expect(whole.filter((c) => c.table === 'cases')).toHaveLength(3);
  });

  it('sends only what changed since the cursor', async () => {
    const { teamA, deskA } = await twoTeams();
    const { caseRow } = await seedCase(t.hub, teamA);
    const { cursor } = await deskA.pullAll();
    const idle = await deskA.pull(cursor);
    expect(idle).toMatchObject({ changes: [], hasMore: false, nextCursor: cursor });
    const args = note(caseRow.id, 'Ny anteckning');
    await deskA.push([deskA.mutation('notes.add', args)]);
    const next = await deskA.pull(cursor);
    expect(next.changes.map((c) => `${c.table}:${c.row.id}`).sort()).toEqual(
      [`cases:${caseRow.id}`, `events:${args.eventId}`].sort(),
    );
    expect(next.lastMutationSeq).toBe(1);
  });

  it('never gives an agent of team A a case, person or event of team B', async () => {
    const { teamA, teamB, bo, deskA } = await twoTeams();
    const mine = await seedCase(t.hub, teamA);
    const theirs = await seedCase(t.hub, teamB);
    const deskB = new TestDesk(t.hub, await authFor(t.hub, bo));
    await deskB.push([deskB.mutation('notes.add', note(theirs.caseRow.id, 'Hemligt för team A'))]);
    const held = applyLikeADesk((await deskA.pullAll()).pages);
    expect(held.has(`cases:${mine.caseRow.id}`)).toBe(true);
    const leaked = [...held.values()].filter(
      (c) =>
        (c.table === 'cases' && c.row.team_id === teamB.id) ||
        (c.table === 'people' && c.row.id === theirs.person.id) ||
        (c.table === 'events' && c.row.case_id === theirs.caseRow.id),
    );
    expect(leaked).toEqual([]);
    // The directory is shared: team A knows who works in team B.
    expect(held.has(`agents:${bo.id}`)).toBe(true);
  });

  it('shows a person with cases in two teams to both, each team only its own case', async () => {
    const { teamA, teamB, bo, deskA } = await twoTeams();
    const shared = await seedCase(t.hub, teamA);
    const otherCase = { ...shared.caseRow, id: uuidv7(), ref: `K-2026-${Date.now()}`, team_id: teamB.id };
    await importRows(t.hub, [{ table: 'cases', rows: [otherCase] }]);
    const deskB = new TestDesk(t.hub, await authFor(t.hub, bo));
    const heldA = applyLikeADesk((await deskA.pullAll()).pages);
    const heldB = applyLikeADesk((await deskB.pullAll()).pages);
    for (const held of [heldA, heldB]) expect(held.has(`people:${shared.person.id}`)).toBe(true);
    expect(heldA.has(`cases:${otherCase.id}`)).toBe(false);
    expect(heldB.has(`cases:${shared.caseRow.id}`)).toBe(false);
  });

  it('lets the team of a new personal agent see the person from then on', async () => {
    const { teamA, bo, deskA } = await twoTeams();
    const { person, caseRow } = await seedCase(t.hub, teamA);
    const deskB = new TestDesk(t.hub, await authFor(t.hub, bo));
    const before = await deskB.pullAll();
    const heldBefore = applyLikeADesk(before.pages);
    expect(heldBefore.has(`people:${person.id}`)).toBe(false);
    const reply = await deskA.push([
      deskA.mutation('people.setPersonalAgent', { personId: person.id, agentId: bo.id, eventId: uuidv7() }),
    ]);
    expect(reply.results[0]?.status).toBe('applied');
    const after = await deskB.pullAll(before.cursor);
    const held = applyLikeADesk(after.pages, new Map(heldBefore));
    expect(held.get(`people:${person.id}`)?.row).toMatchObject({ personal_agent_id: bo.id });
    const sent = after.pages.flatMap((p) => p.changes);
    expect(sent.some((c) => c.table === 'contact_points' && c.row.person_id === person.id)).toBe(true);
    expect(held.has(`cases:${caseRow.id}`)).toBe(false);
  });

  it('stamps rows no later than the hub clock, whatever the desk clock says', async () => {
    const { teamA, deskA } = await twoTeams();
    const { caseRow } = await seedCase(t.hub, teamA);
    const args = note(caseRow.id, 'Från en klocka som går före');
    await deskA.push([deskA.mutation('notes.add', args, T0 + 3_600_000)]);
    const [event] = await t.hub.db.query<{ created_at: number }>(
      'SELECT created_at FROM events WHERE id = $1',
      [args.eventId],
    );
    expect(event?.created_at).toBe(T0);
  });
});
