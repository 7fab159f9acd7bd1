import type { Agent, Team } from '../../shared/domain';
import { SYNC_PROTOCOL_VERSION, type Session } from '../../shared/sync';
import type { HubContext } from '../hubContext';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './passwords';
import { hashSecret, newSecret } from './secrets';

/** The agent behind a request, with the teams whose cases they may see and change. */
export interface AuthAgent {
  id: string;
  name: string;
  email: string;
  teamId: string;
  teamIds: readonly string[];
  expiresAt: number;
}

interface AgentLoginRow {
  id: string;
  name: string;
  email: string;
  team_id: string;
  password_hash: string | null;
}

async function teamsOf(ctx: HubContext, teamIds: readonly string[]): Promise<Team[]> {
  return ctx.db.query<Team>('SELECT id, name FROM teams WHERE id = ANY($1::uuid[]) ORDER BY name', [
    [...teamIds],
  ]);
}

function agentOf(a: AuthAgent): Agent {
  return { id: a.id, name: a.name, email: a.email, teamId: a.teamId };
}

export async function sessionFor(ctx: HubContext, agent: AuthAgent, token: string): Promise<Session> {
  return {
    token,
    expiresAt: agent.expiresAt,
    agent: agentOf(agent),
    teams: await teamsOf(ctx, agent.teamIds),
    protocol: SYNC_PROTOCOL_VERSION,
  };
}

/** E-mail and password → a new session, or null. Unknown e-mail and wrong password look the same. */
export async function login(ctx: HubContext, email: string, password: string): Promise<Session | null> {
  const [row] = await ctx.db.query<AgentLoginRow>(
    'SELECT id, name, email, team_id, password_hash FROM agents WHERE lower(email) = lower($1)',
    [email.trim()],
  );
  const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_PASSWORD_HASH);
  if (!row || row.password_hash === null || !ok) return null;
  const now = ctx.now();
  const token = newSecret('nst_');
  const expiresAt = now + ctx.sessionTtlMs;
  await ctx.db.query('DELETE FROM sessions WHERE agent_id = $1 AND expires_at <= $2', [row.id, now]);
  await ctx.db.query(
    'INSERT INTO sessions(token_hash, agent_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [hashSecret(token), row.id, now, expiresAt],
  );
  const agent = {
    id: row.id,
    name: row.name,
    email: row.email,
    teamId: row.team_id,
    teamIds: [row.team_id],
    expiresAt,
  };
  return sessionFor(ctx, agent, token);
}

/** The agent a bearer token stands for, or null when it is unknown or expired. */
export async function authenticate(ctx: HubContext, token: string): Promise<AuthAgent | null> {
  if (token === '') return null;
  const [row] = await ctx.db.query<AgentLoginRow & { expires_at: number }>(
    `SELECT a.id, a.name, a.email, a.team_id, s.expires_at FROM sessions s JOIN agents a ON a.id = s.agent_id
     WHERE s.token_hash = $1`,
    [hashSecret(token)],
  );
  if (!row) return null;
  if (row.expires_at <= ctx.now()) {
    await ctx.db.query('DELETE FROM sessions WHERE token_hash = $1', [hashSecret(token)]);
    return null;
  }
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    teamId: row.team_id,
    teamIds: [row.team_id],
    expiresAt: row.expires_at,
  };
}

export async function logout(ctx: HubContext, token: string): Promise<void> {
  await ctx.db.query('DELETE FROM sessions WHERE token_hash = $1', [hashSecret(token)]);
}
