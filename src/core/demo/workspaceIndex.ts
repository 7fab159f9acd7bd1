import type { Domain, TextLocale } from './content/phrases';
import { textLocales } from './content/phrases';
import type { DemoPerson } from './people';

export interface DemoTeam {
  id: string;
  domain: Domain;
  /** Indexes into the workspace's agents. */
  agents: readonly number[];
  weight: number;
}

export interface DemoAgent {
  id: string;
  firstName: string;
  team: number;
}

/**
 * What making a case needs to know about the people already written: compact columns rather than objects,
 * so 20,000 people cost a few hundred kilobytes.
 */
export class PeopleIndex {
  private readonly ids: string[] = [];
  private readonly firstNames: string[] = [];
  private readonly locales: Uint8Array;
  private readonly personalAgents: Int16Array;

  constructor(readonly count: number) {
    this.locales = new Uint8Array(count);
    this.personalAgents = new Int16Array(count);
  }

  add(index: number, person: DemoPerson): void {
    this.ids[index] = person.id;
    this.firstNames[index] = person.firstName;
    this.locales[index] = textLocales.indexOf(person.locale);
    this.personalAgents[index] = person.personalAgent;
  }

  id(index: number): string {
    return this.ids[index] as string;
  }
  firstName(index: number): string {
    return this.firstNames[index] as string;
  }
  locale(index: number): TextLocale {
    return textLocales[this.locales[index] as number] as TextLocale;
  }
  /** -1 when the person has no personal agent. */
  personalAgent(index: number): number {
    return this.personalAgents[index] as number;
  }
}

export interface DemoWorkspace {
  now: number;
  teams: readonly DemoTeam[];
  agents: readonly DemoAgent[];
  people: PeopleIndex;
}

export function agentAt(ws: DemoWorkspace, index: number): DemoAgent {
  const agent = ws.agents[index];
  if (!agent) throw new RangeError(`no agent ${index}`);
  return agent;
}

export function teamAt(ws: DemoWorkspace, index: number): DemoTeam {
  const team = ws.teams[index];
  if (!team) throw new RangeError(`no team ${index}`);
  return team;
}
