import type { Agent } from '../../shared/domain';
import { foldForSearch } from '../../shared/text/foldForSearch';

/** How many colleagues the mention list shows at most. */
export const MENTION_LIMIT = 8;

export interface MentionQuery {
  /** The letters typed after "@". */
  query: string;
  /** Where the "@" is in the text that was searched. */
  start: number;
}

// "@" at the start or after a space or bracket, so mail addresses ("anna@example.se") never open the list.
const mentionAtEnd = /(^|[\s(])@([\p{L}\p{M}.'-]{0,40})$/u;

/** The mention being typed at the end of `textBeforeCaret` ("… ask @kar"), if any. */
export function findMentionQuery(textBeforeCaret: string): MentionQuery | null {
  const match = mentionAtEnd.exec(textBeforeCaret);
  if (!match) return null;
  const lead = match[1] ?? '';
  return { query: match[2] ?? '', start: match.index + lead.length };
}

/**
 * Colleagues whose name matches `query`, best first: the whole name starts with it, then any
 * word of the name does, then the name contains it. Accents and case do not matter ("ase" finds Åse).
 */
export function matchAgents(agents: readonly Agent[], query: string, limit = MENTION_LIMIT): Agent[] {
  const q = foldForSearch(query.trim());
  const ranked: { agent: Agent; rank: number }[] = [];
  for (const agent of agents) {
    const name = foldForSearch(agent.name);
    let rank: number;
    if (name.startsWith(q)) rank = 0;
    else if (name.split(/[\s-]+/).some((word) => word.startsWith(q))) rank = 1;
    else if (name.includes(q)) rank = 2;
    else continue;
    ranked.push({ agent, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.agent.name.localeCompare(b.agent.name));
  return ranked.slice(0, limit).map((r) => r.agent);
}
