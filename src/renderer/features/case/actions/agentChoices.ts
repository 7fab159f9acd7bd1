import type { Agent } from '../../../../shared/domain';
import { foldForSearch } from '../../../../shared/text/foldForSearch';

export type AgentChoice =
  | { kind: 'me'; agent: Agent }
  | { kind: 'agent'; agent: Agent }
  /** Take the case off everyone's desk (back to Unassigned). */
  | { kind: 'nobody' };

/**
 * The assign dialog's list for `query`: "Assign to me" first (unless the case is already mine), then
 * colleagues whose name or email matches every typed word (diacritics optional: "asa" finds Åsa), then
 * "Unassign" when the case has someone. The current assignee is left out: assigning them changes nothing.
 */
export function agentChoices(
  agents: readonly Agent[],
  meId: string,
  currentAssigneeId: string | null,
  query: string,
): AgentChoice[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const matches = (agent: Agent) => {
    const hay = foldForSearch(`${agent.name} ${agent.email}`);
    return words.every((word) => hay.includes(word));
  };
  const choices: AgentChoice[] = [];
  const me = agents.find((agent) => agent.id === meId);
  if (me && currentAssigneeId !== meId && matches(me)) choices.push({ kind: 'me', agent: me });
  for (const agent of agents) {
    if (agent.id === meId || agent.id === currentAssigneeId || !matches(agent)) continue;
    choices.push({ kind: 'agent', agent });
  }
  if (currentAssigneeId !== null && words.length === 0) choices.push({ kind: 'nobody' });
  return choices;
}

/** Whether picking this choice hands the case to someone else, which needs a hand-over note. */
export function needsHandoverNote(choice: AgentChoice | undefined): boolean {
  return choice?.kind === 'agent';
}

export function choiceKey(choice: AgentChoice): string {
  return choice.kind === 'nobody' ? 'nobody' : choice.agent.id;
}
