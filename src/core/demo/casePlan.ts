import type { CaseStatus, Channel, Priority } from '../../shared/domain';
import { DAY } from './caseClock';
import { ME_AGENT_INDEX } from './people';
import type { Rng } from './prng';
import type { PromiseKind, Scenario } from './scenarios';
import { agentAt, teamAt, type DemoWorkspace } from './workspaceIndex';

/** What happens at each point of a case's timeline, before times and texts are chosen. */
export type SlotKind =
  'in' | 'out' | 'note' | 'status' | 'assigned' | 'priority' | 'promise_made' | 'promise_resolved';

export interface Slot {
  kind: SlotKind;
  /** For inbound contacts that must use a given channel (repeat contacts). */
  channel?: Channel;
  /** Index into the plan's promises. */
  promise?: number;
}

export interface CasePlan {
  person: number;
  team: number;
  /** Agents the case passed through, the current assignee last; empty when nobody has it. */
  assigneePath: readonly number[];
  status: CaseStatus;
  channel: Channel;
  priority: Priority;
  /** Set when the timeline records a priority change: the priority before it. */
  priorityBefore: Priority | null;
  promises: readonly PromiseKind[];
  callBack: boolean;
  slots: readonly Slot[];
  lastsUntilNow: boolean;
}

const channelWeights: readonly (readonly [Channel, number])[] = [
  ['email', 34],
  ['phone', 26],
  ['chat', 15],
  ['webform', 12],
  ['visit', 8],
  ['letter', 5],
];
const priorityWeights: readonly (readonly [Priority, number])[] = [
  ['low', 14],
  ['normal', 66],
  ['high', 15],
  ['urgent', 5],
];
const openKinds: readonly PromiseKind[] = ['open_future', 'due_today', 'overdue'];
const isOpenPromise = (kind: PromiseKind): boolean => openKinds.includes(kind);

type StatusWeights = readonly (readonly [CaseStatus, number])[];
/** Old cases are nearly all closed (a few stale ones make the backlog-by-age figure real); the last week is mostly open work. */
const oldStatuses: StatusWeights = [
  ['closed', 98],
  ['waiting', 1],
  ['open', 1],
];
const monthStatuses: StatusWeights = [
  ['closed', 65],
  ['open', 14],
  ['waiting', 13],
  ['snoozed', 8],
];
const weekStatuses: StatusWeights = [
  ['open', 50],
  ['waiting', 18],
  ['snoozed', 7],
  ['closed', 25],
];

function statusForAge(rng: Rng, age: number): CaseStatus {
  return rng.weighted(age > 45 * DAY ? oldStatuses : age > 7 * DAY ? monthStatuses : weekStatuses);
}

function randomPromises(rng: Rng, status: CaseStatus, eventCount: number): PromiseKind[] {
  // About half the cases long enough for a promise get one: ~1 promise per 4 cases overall.
  if (eventCount < 4 || !rng.chance(0.5)) return [];
  const count = eventCount >= 30 ? Math.min(4, 1 + Math.floor(eventCount / 60)) : 1;
  const settled = status === 'closed' || status === 'snoozed';
  const kinds: PromiseKind[] = [];
  for (let i = 0; i < count; i++) {
    kinds.push(
      settled
        ? rng.weighted([
            ['kept', 55],
            ['late', 25],
            ['cancelled', 20],
          ] as const)
        : rng.weighted([
            ['kept', 20],
            ['late', 10],
            ['cancelled', 10],
            ['overdue', 25],
            ['due_today', 10],
            ['open_future', 25],
          ] as const),
    );
  }
  return kinds;
}

/** The case's agents: hand-overs walk backwards from the current assignee through colleagues in the team. */
function assigneePath(rng: Rng, teamAgents: readonly number[], final: number, handovers: number): number[] {
  const path = [final];
  for (let i = 0; i < handovers; i++) {
    const next = path[0] as number;
    const others = teamAgents.filter((agent) => agent !== next);
    path.unshift(rng.pick(others));
  }
  return path;
}

/** Takes one random index out of `free`. */
function take(rng: Rng, free: number[]): number {
  const at = rng.int(0, free.length - 1);
  const index = free[at] as number;
  free[at] = free[free.length - 1] as number;
  free.pop();
  return index;
}

export function planCase(
  rng: Rng,
  ws: DemoWorkspace,
  createdAt: number,
  drawEventCount: (rng: Rng) => number,
  scenario: Scenario | undefined,
): CasePlan {
  const age = ws.now - createdAt;
  const person = scenario?.person ?? rng.int(0, ws.people.count - 1);
  const personalAgent = ws.people.personalAgent(person);

  let team: number;
  let assignee: number;
  if (scenario?.mine) {
    team = agentAt(ws, ME_AGENT_INDEX).team;
    assignee = ME_AGENT_INDEX;
  } else if (personalAgent >= 0 && rng.chance(0.7)) {
    // New contacts route to the person's own agent (PRODUCT.md), usually.
    team = agentAt(ws, personalAgent).team;
    assignee = rng.chance(0.8) ? personalAgent : rng.pick(teamAt(ws, team).agents);
  } else {
    team = rng.weighted(ws.teams.map((t, i) => [i, t.weight] as const));
    assignee = rng.pick(teamAt(ws, team).agents);
  }
  const teamAgents = teamAt(ws, team).agents;

  const status = scenario?.status ?? statusForAge(rng, age);
  if (scenario?.unassigned || (!scenario && status !== 'closed' && rng.chance(0.18))) assignee = -1;
  const channel = scenario?.channel ?? rng.weighted(channelWeights);
  const priority = rng.weighted(priorityWeights);

  const drawn =
    scenario?.eventCount === 'long' ? rng.int(320, 420) : (scenario?.eventCount ?? drawEventCount(rng));
  const promises = scenario?.promises ?? randomPromises(rng, status, drawn);
  const repeat =
    scenario?.repeatContacts ??
    (!scenario && age < 6 * DAY && status !== 'closed' && rng.chance(0.04) ? rng.int(3, 5) : 0);
  const handovers =
    assignee < 0
      ? 0
      : (scenario?.handovers ??
        (drawn >= 40 ? 1 + Math.floor(drawn / 120) : drawn >= 6 && rng.chance(0.2) ? 1 : 0));
  const priorityBefore =
    drawn >= 5 && rng.chance(0.12)
      ? rng.pick(priorityWeights.map(([p]) => p).filter((p) => p !== priority))
      : null;
  const reservedNotes = scenario?.notes ?? 0;

  const needed =
    1 +
    (status === 'open' ? 0 : 1) +
    promises.reduce((sum, kind) => sum + (isOpenPromise(kind) ? 1 : 2), 0) +
    handovers +
    Math.max(0, repeat - 1) +
    (priorityBefore ? 1 : 0) +
    reservedNotes;
  if (typeof scenario?.eventCount === 'number' && scenario.eventCount < needed) {
    throw new Error(`scenario needs ${needed} events, has ${scenario.eventCount}`);
  }
  const count = Math.max(drawn, needed);

  const reserved: (Slot | undefined)[] = new Array<Slot | undefined>(count);
  reserved[0] = { kind: 'in', channel };
  const lastFree = status === 'open' ? count - 1 : count - 2;
  if (status !== 'open') reserved[count - 1] = { kind: 'status' };
  const free: number[] = [];
  for (let i = 1; i <= lastFree; i++) free.push(i);
  free.sort((a, b) => b - a);

  // Open promises are the latest thing that happened; settled ones have a make and a keep/cancel slot.
  promises.forEach((kind, promise) => {
    if (isOpenPromise(kind)) reserved[free.shift() as number] = { kind: 'promise_made', promise };
  });
  promises.forEach((kind, promise) => {
    if (isOpenPromise(kind)) return;
    const [made, resolved] = [take(rng, free), take(rng, free)].sort((a, b) => a - b) as [number, number];
    reserved[made] = { kind: 'promise_made', promise };
    reserved[resolved] = { kind: 'promise_resolved', promise };
  });
  const otherChannels = rng.shuffle(channelWeights.map(([c]) => c).filter((c) => c !== channel));
  for (let i = 0; i < repeat - 1; i++)
    reserved[take(rng, free)] = { kind: 'in', channel: otherChannels[i % 5] as Channel };
  for (let i = 0; i < handovers; i++) reserved[take(rng, free)] = { kind: 'assigned' };
  if (priorityBefore) reserved[take(rng, free)] = { kind: 'priority' };
  for (let i = 0; i < reservedNotes; i++) reserved[take(rng, free)] = { kind: 'note' };

  return {
    person,
    team,
    assigneePath: assignee < 0 ? [] : assigneePath(rng, teamAgents, assignee, handovers),
    status,
    channel,
    priority,
    priorityBefore,
    promises,
    callBack: scenario?.callBack ?? false,
    slots: fillSlots(rng, reserved, status),
    lastsUntilNow: scenario?.lastsUntilNow ?? false,
  };
}

/**
 * Fills the unreserved slots with the ordinary back and forth of a case. Mid-case status changes
 * (waiting for the customer, reopened) only happen where a final status change follows anyway.
 */
function fillSlots(rng: Rng, reserved: readonly (Slot | undefined)[], status: CaseStatus): Slot[] {
  const canToggle = status === 'closed' || status === 'snoozed';
  const slots: Slot[] = [];
  for (let k = 0; k < reserved.length; k++) {
    const fixed = reserved[k];
    if (fixed) {
      slots.push(fixed);
      continue;
    }
    const previous = slots[k - 1]?.kind;
    const toggle = canToggle && k < reserved.length - 1 ? 1 : 0;
    const kind: SlotKind =
      previous === 'in'
        ? rng.weighted([
            ['out', 50],
            ['note', 28],
            ['in', 12],
            ['status', 10 * toggle],
          ] as const)
        : previous === 'out'
          ? rng.weighted([
              ['in', 45],
              ['note', 20],
              ['out', 10],
              ['status', 15 * toggle],
            ] as const)
          : rng.weighted([
              ['out', 38],
              ['in', 32],
              ['note', 22],
              ['status', 8 * toggle],
            ] as const);
    slots.push({ kind });
  }
  return slots;
}
