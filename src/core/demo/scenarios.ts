import type { CaseStatus, Channel } from '../../shared/domain';
import { ASA, BJORN, LENA, SIOBHAN } from './people';

export type PromiseKind = 'kept' | 'late' | 'cancelled' | 'open_future' | 'due_today' | 'overdue';

/** A case the demo must always have, whatever its size; anything left out is drawn at random. */
export interface Scenario {
  person?: number;
  status?: CaseStatus;
  /** In my team and assigned to me. */
  mine?: boolean;
  unassigned?: boolean;
  channel?: Channel;
  /** Exact number of events; 'long' is a saga of 300+. */
  eventCount?: number | 'long';
  promises?: readonly PromiseKind[];
  /** Make the open promises "I'll call you back". */
  callBack?: boolean;
  /** Inbound contacts in distinct channels, all within the last seven days. */
  repeatContacts?: number;
  handovers?: number;
  /** Internal notes reserved on top of those drawn at random. */
  notes?: number;
  /** Spread the events until now rather than over a short exchange. */
  lastsUntilNow?: boolean;
}

export type ShowcaseName = 'long' | 'fifty';

/** Old cases, spread over the history: the saga, the 50-event case and one of each settled promise. */
const olderScenarios: readonly (Scenario & { showcase?: ShowcaseName })[] = [
  {
    showcase: 'long',
    person: BJORN,
    status: 'open',
    mine: true,
    eventCount: 'long',
    promises: ['kept', 'late', 'cancelled', 'kept', 'overdue'],
    handovers: 4,
    notes: 12,
    lastsUntilNow: true,
  },
  {
    showcase: 'fifty',
    person: ASA,
    status: 'closed',
    eventCount: 50,
    promises: ['kept'],
    handovers: 1,
    notes: 3,
  },
  { person: SIOBHAN, status: 'closed', channel: 'email', promises: ['late'], notes: 1 },
  { status: 'closed', channel: 'phone', promises: ['cancelled'] },
  { status: 'closed', channel: 'letter', promises: ['kept'] },
];

/** The last seven days, oldest first: overdue call-backs of mine, repeat contacts, promises due today. */
const recentScenarios: readonly Scenario[] = [
  { mine: true, status: 'open', channel: 'phone', promises: ['overdue'], callBack: true },
  { status: 'open', repeatContacts: 4 },
  { mine: true, status: 'waiting', channel: 'email', promises: ['overdue'], callBack: true },
  { status: 'snoozed', channel: 'webform' },
  { mine: true, status: 'open', channel: 'visit', promises: ['overdue'], callBack: true },
  { status: 'waiting', repeatContacts: 3 },
  { status: 'open', channel: 'chat', unassigned: true },
  { person: LENA, mine: true, status: 'open', channel: 'email', repeatContacts: 5, lastsUntilNow: true },
  { mine: true, status: 'open', channel: 'email', promises: ['due_today'] },
  { person: SIOBHAN, status: 'open', channel: 'chat', promises: ['due_today'], notes: 1 },
];

export interface ScenarioPlan {
  byIndex: ReadonlyMap<number, Scenario>;
  showcaseIndex: Readonly<Record<ShowcaseName, number>>;
}

/** Places the fixed scenarios evenly over the older and the recent cases. */
export function planScenarios(olderCount: number, recentCount: number): ScenarioPlan {
  if (olderCount < olderScenarios.length || recentCount < recentScenarios.length) {
    throw new RangeError('too few cases for the demo scenarios');
  }
  const byIndex = new Map<number, Scenario>();
  const showcaseIndex: Record<ShowcaseName, number> = { long: -1, fifty: -1 };
  olderScenarios.forEach(({ showcase, ...scenario }, k) => {
    const index = Math.floor(((k + 0.5) * olderCount) / olderScenarios.length);
    byIndex.set(index, scenario);
    if (showcase) showcaseIndex[showcase] = index;
  });
  recentScenarios.forEach((scenario, k) => {
    byIndex.set(olderCount + Math.floor(((k + 0.5) * recentCount) / recentScenarios.length), scenario);
  });
  return { byIndex, showcaseIndex };
}
