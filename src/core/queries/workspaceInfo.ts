import type { Result } from '../../shared/api';
import { ApiError } from '../../shared/api';
import { getMeta } from '../store/meta';
import type { AgentRow, SavedReplyRow, TeamRow } from '../store/rows';
import { agentFromRow, savedReplyFromRow, teamFromRow } from '../store/rows';
import type { Db } from '../store/openStore';
import type { QueryContext } from './context';
import { prepared } from './statements';

/** Who I am and the workspace around me: teams, colleagues (for hand-overs), saved replies (for the palette). */
export function getWorkspaceInfo(db: Db, ctx: QueryContext): Result<'workspace.info'> {
  const me = prepared<AgentRow>(db, 'SELECT * FROM agents WHERE id = ?').get(ctx.meId);
  if (!me) throw new ApiError('not_found', `This desk's agent (${ctx.meId}) is not in the store.`);
  const teams = prepared<TeamRow>(db, 'SELECT * FROM teams ORDER BY name, n').all();
  const agents = prepared<AgentRow>(db, 'SELECT * FROM agents ORDER BY name, n').all();
  const savedReplies = prepared<SavedReplyRow>(db, 'SELECT * FROM saved_replies ORDER BY title, n').all();
  return {
    me: agentFromRow(me),
    teams: teams.map(teamFromRow),
    agents: agents.map(agentFromRow),
    isDemo: getMeta(db, 'is_demo') === '1',
    savedReplies: savedReplies.map(savedReplyFromRow),
  };
}
