import { setImmediate as nextTurn } from 'node:timers/promises';
import { setMeta } from '../store/meta';
import type { Db } from '../store/openStore';
import { CaseClock } from './caseClock';
import { planCase } from './casePlan';
import { caseRows } from './caseRows';
import { MAX_MEAN_EVENTS, MIN_MEAN_EVENTS, workspaceEventCounts } from './eventCounts';
import { prepareInserts, writeCase, writePerson } from './insertStatements';
import { makePerson, ME_AGENT_INDEX } from './people';
import { createRng } from './prng';
import { planScenarios } from './scenarios';
import { holdsWorkspace } from './holdsWorkspace';
import { agentAt, PeopleIndex, type DemoWorkspace } from './workspaceIndex';
import { writeOrganisation } from './writeOrganisation';

export interface SeedOptions {
  cases: number;
  seed: number;
  /** The demo's "today": cases reach back ~18 months from it, promises fall due around it. */
  now: number;
  /** Average events per case (default 5); the benchmark set uses 10 for a million events. */
  eventsPerCase?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedReport {
  people: number;
  cases: number;
  events: number;
  promises: number;
  ms: number;
  /** Cases the demo always has, for tests and benchmarks to open. */
  showcase: { longCaseId: string; fiftyEventCaseId: string };
}

export const MIN_DEMO_CASES = 30;
export const MAX_DEMO_CASES = 1_000_000;
const PEOPLE_PER_CASE = 0.2;
const MIN_PEOPLE = 30;
/**
 * Each transaction runs for at most ~12 ms (or this many cases), then the event loop gets a turn:
 * a process serving the UI while the demo is written stays responsive (ARCHITECTURE.md: ~16 ms at a time).
 * Chunk boundaries never change the rows: the random stream does not depend on them.
 */
const CHUNK_BUDGET_MS = 12;
const MAX_CASES_PER_CHUNK = 2000;
const PEOPLE_PER_CHUNK = 250;

export class WorkspaceNotEmptyError extends Error {
  constructor() {
    super('This store already holds a workspace; a demo is only written into an empty store.');
    this.name = 'WorkspaceNotEmptyError';
  }
}

function validate({ cases, seed, now, eventsPerCase }: SeedOptions): void {
  if (!Number.isInteger(cases) || cases < MIN_DEMO_CASES || cases > MAX_DEMO_CASES) {
    throw new RangeError(
      `cases must be a whole number from ${MIN_DEMO_CASES} to ${MAX_DEMO_CASES}, got ${cases}`,
    );
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be a whole number ≥ 0, got ${seed}`);
  }
  if (!Number.isSafeInteger(now) || now < Date.UTC(2000, 0, 1)) {
    throw new RangeError(`now must be epoch ms, got ${now}`);
  }
  if (
    eventsPerCase !== undefined &&
    !(eventsPerCase >= MIN_MEAN_EVENTS && eventsPerCase <= MAX_MEAN_EVENTS)
  ) {
    throw new RangeError(
      `eventsPerCase must be from ${MIN_MEAN_EVENTS} to ${MAX_MEAN_EVENTS}, got ${eventsPerCase}`,
    );
  }
}

/** `K-2026-00042`: numbered per year of the case's opening, in opening order. */
function refMaker(): (createdAt: number) => string {
  const counters = new Map<number, number>();
  return (createdAt) => {
    const year = new Date(createdAt).getUTCFullYear();
    const next = (counters.get(year) ?? 0) + 1;
    counters.set(year, next);
    return `K-${year}-${String(next).padStart(5, '0')}`;
  };
}

/**
 * Writes a deterministic demo workspace straight into an empty store: the same seed, size and `now` give
 * byte-identical rows. Rows are streamed in chunked transactions; only a compact index of people stays in memory.
 * The meta keys (me_agent_id, is_demo, ...) go in last, so a store marked as a demo holds a whole one.
 */
export async function seedDemoWorkspace(db: Db, options: SeedOptions): Promise<SeedReport> {
  validate(options);
  const { cases, seed, now, onProgress } = options;
  const drawEventCount = workspaceEventCounts(cases, options.eventsPerCase ?? 5);
  if (holdsWorkspace(db)) throw new WorkspaceNotEmptyError();
  const started = performance.now();
  const rng = createRng(seed);
  const insert = prepareInserts(db);

  const organisation = db.transaction(() => writeOrganisation(rng, insert, now))();
  const people = new PeopleIndex(Math.max(MIN_PEOPLE, Math.round(cases * PEOPLE_PER_CASE)));
  for (let start = 0; start < people.count; start += PEOPLE_PER_CHUNK) {
    db.transaction(() => {
      for (let i = start; i < Math.min(people.count, start + PEOPLE_PER_CHUNK); i++) {
        const person = makePerson(rng, i, now, organisation.agents.length);
        writePerson(insert, person, organisation.agents[person.personalAgent]?.id ?? null);
        people.add(i, person);
      }
    })();
    await nextTurn();
  }

  const ws: DemoWorkspace = { now, teams: organisation.teams, agents: organisation.agents, people };
  const clock = new CaseClock(cases, now);
  const scenarios = planScenarios(clock.olderCount, clock.recentCount);
  const nextRef = refMaker();
  const showcase = { longCaseId: '', fiftyEventCaseId: '' };
  let events = 0;
  let promises = 0;
  let index = 0;
  onProgress?.(0, cases);
  while (index < cases) {
    db.transaction(() => {
      const chunkEnd = Math.min(cases, index + MAX_CASES_PER_CHUNK);
      const deadline = performance.now() + CHUNK_BUDGET_MS;
      while (index < chunkEnd && performance.now() < deadline) {
        const createdAt = clock.createdAt(index, rng);
        const plan = planCase(rng, ws, createdAt, drawEventCount, scenarios.byIndex.get(index));
        const demoCase = caseRows(rng, ws, plan, createdAt, nextRef(createdAt));
        writeCase(insert, demoCase);
        if (index === scenarios.showcaseIndex.long) showcase.longCaseId = demoCase.row.id;
        if (index === scenarios.showcaseIndex.fifty) showcase.fiftyEventCaseId = demoCase.row.id;
        events += demoCase.events.length;
        promises += demoCase.promises.length;
        index++;
      }
    })();
    onProgress?.(index, cases);
    await nextTurn();
  }

  db.transaction(() => {
    setMeta(db, 'me_agent_id', agentAt(ws, ME_AGENT_INDEX).id);
    setMeta(db, 'is_demo', '1');
    setMeta(db, 'demo_seed', String(seed));
    setMeta(db, 'demo_cases', String(cases));
  })();

  return {
    people: people.count,
    cases,
    events,
    promises,
    ms: Math.round(performance.now() - started),
    showcase,
  };
}
