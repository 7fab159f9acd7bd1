import { mailLocalPart } from './contactValue';
import { DAY } from './caseClock';
import { AGENT_MAIL_DOMAIN, teamSpecs } from './content/organisation';
import { textLocales } from './content/phrases';
import { phrasesByLocale } from './content/phrasesByLocale';
import type { InsertStatements } from './insertStatements';
import { lexicalFromParagraphs, textFromParagraphs } from '../../shared/text/lexicalText';
import type { Rng } from './prng';
import { seededUuidV7 } from './seededUuidV7';
import type { DemoAgent, DemoTeam } from './workspaceIndex';

export interface Organisation {
  teams: DemoTeam[];
  agents: DemoAgent[];
  savedReplies: number;
}

/** Teams, agents and saved replies: the desk as it was set up three years before `now`. */
export function writeOrganisation(rng: Rng, insert: InsertStatements, now: number): Organisation {
  const setUpAt = now - 3 * 365 * DAY;
  const teams: DemoTeam[] = [];
  const agents: DemoAgent[] = [];
  for (const spec of teamSpecs) {
    const teamId = seededUuidV7(rng, setUpAt);
    insert.team.run(teamId, spec.name);
    const members: number[] = [];
    for (const name of spec.agents) {
      const id = seededUuidV7(rng, setUpAt);
      insert.agent.run(id, name, `${mailLocalPart(name)}@${AGENT_MAIL_DOMAIN}`, teamId);
      members.push(agents.length);
      agents.push({ id, firstName: name.split(' ')[0] as string, team: teams.length });
    }
    teams.push({ id: teamId, domain: spec.domain, agents: members, weight: spec.weight });
  }
  let savedReplies = 0;
  for (const locale of textLocales) {
    for (const reply of phrasesByLocale[locale].savedReplies) {
      const id = seededUuidV7(rng, setUpAt);
      insert.savedReply.run(
        id,
        reply.title,
        textFromParagraphs(reply.body),
        lexicalFromParagraphs(reply.body),
        locale,
      );
      savedReplies++;
    }
  }
  return { teams, agents, savedReplies };
}
