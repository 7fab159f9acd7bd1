import { failed, measured, metrics, type MetricDef } from '../catalog';
import type { InProcessCore } from '../coreHost';
import type { MetricResult } from '../resultSchema';
import { summarize } from '../stats';
import { errorText } from '../timeout';
import { openStore, type Db } from '../../src/core/store/openStore';
import { rawWriter, type RawWriter } from './rawWrites';

interface CaseRef {
  id: string;
  personId: string;
}

/** Untimed commands first: prepared statements, JIT and the page cache settle before anything counts. */
const WARM_UP = 15;
const NOTE_TEXT = 'Ringde upp kunden; hon bekräftade den nya adressen och vill ha svar per e-post.';

/**
 * Cases of my team for the timed commands (an agent works their team's cases; a case of another team cannot
 * be taken), each used once so every command really writes: resolving needs open cases, assigning needs cases
 * not mine yet. Spread over the whole store, not just its newest pages.
 */
function pickCases(db: Db, meId: string, condition: string, count: number): CaseRef[] {
  const where = `team_id = (SELECT team_id FROM agents WHERE id = :me) AND (${condition})`;
  const total = (
    db.prepare(`SELECT count(*) AS n FROM cases WHERE ${where}`).get({ me: meId }) as { n: number }
  ).n;
  if (total < count) throw new Error(`the dataset has ${total} cases for "${condition}", ${count} needed`);
  const step = Math.floor(total / count);
  return db
    .prepare(
      `SELECT id, person_id AS personId FROM (
         SELECT id, person_id, row_number() OVER (ORDER BY n) AS k FROM cases WHERE ${where})
       WHERE k % :step = 0 LIMIT :count`,
    )
    .all({ me: meId, step, count }) as CaseRef[];
}

async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

interface Action {
  metric: MetricDef;
  where: string;
  command(api: InProcessCore['api'], c: CaseRef, meId: string): Promise<unknown>;
  raw(writer: RawWriter, c: CaseRef, meId: string): void;
}

const actions: Action[] = [
  {
    metric: metrics.triageAssign,
    where: 'assignee_id IS NULL OR assignee_id <> :me',
    command: (api, c, me) => api.call('cases.assign', { caseId: c.id, assigneeId: me }),
    raw: (w, c, me) => w.assign(c.id, c.personId, me),
  },
  {
    metric: metrics.triageResolve,
    where: "status IN ('open', 'waiting')",
    command: (api, c) => api.call('cases.setStatus', { caseId: c.id, status: 'closed' }),
    raw: (w, c) => w.resolve(c.id, c.personId),
  },
  {
    metric: metrics.triageNote,
    where: "status <> 'snoozed'",
    command: (api, c) => api.call('notes.add', { caseId: c.id, bodyText: NOTE_TEXT }),
    raw: (w, c) => w.note(c.id, c.personId, NOTE_TEXT),
  },
];

/**
 * Assign, resolve and note through the real dispatcher (validation, command, outbox, push) on the reference
 * store, each timed from the call to the committed reply; then the raw writes of the same rows on a second
 * connection to the same file. In blocks, not interleaved: each commit on one connection makes the other
 * connection's page cache stale, which a desk with its one connection never pays (interleaved, both p95s came
 * out several times larger at 100,000 cases).
 */
export async function measureTriage(
  { api }: InProcessCore,
  storeFile: string,
  reps: number,
): Promise<MetricResult[]> {
  const { me } = await api.call('workspace.info', {});
  const meId = me.id;
  const db = openStore({ path: storeFile });
  try {
    const writer = rawWriter(db, meId, () => Date.now());
    const results: MetricResult[] = [];
    for (const action of actions) {
      try {
        const cases = pickCases(db, meId, action.where, 2 * (reps + WARM_UP));
        results.push(await measureAction(action, api, writer, cases, meId));
      } catch (error) {
        results.push(failed(action.metric, errorText(error)));
      }
    }
    return results;
  } finally {
    db.close();
  }
}

/** One action: its commands on half of `cases`, then the raw writes of the same rows on the other half. */
async function measureAction(
  action: Action,
  api: InProcessCore['api'],
  writer: RawWriter,
  cases: CaseRef[],
  meId: string,
): Promise<MetricResult> {
  const commandMs: number[] = [];
  for (const [i, c] of cases.filter((_, k) => k % 2 === 0).entries()) {
    const ms = await timed(() => action.command(api, c, meId));
    if (i >= WARM_UP) commandMs.push(ms);
  }
  const rawMs: number[] = [];
  for (const [i, r] of cases.filter((_, k) => k % 2 === 1).entries()) {
    const ms = await timed(() => action.raw(writer, r, meId));
    if (i >= WARM_UP) rawMs.push(ms);
  }
  const command = summarize(commandMs);
  const raw = summarize(rawMs);
  return measured(action.metric, {
    value: command.p95,
    summary: command,
    baseline: { name: 'raw better-sqlite3 write of the same rows, p95', value: raw.p95 },
    details: { rawMedianMs: raw.median },
  });
}
