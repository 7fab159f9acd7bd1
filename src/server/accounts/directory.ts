import { v7 as uuidv7 } from 'uuid';
import type { Agent, Team } from '../../shared/domain';
import type { HubContext } from '../hubContext';
import { writeTransaction } from '../sync/writeTransaction';
import { hashPassword } from './passwords';
import { hashSecret, newSecret } from './secrets';

/** Teams, agents and channel keys: what `npm run hub -- admin …` and the demo seeding create. */

export class DirectoryError extends Error {
  override name = 'DirectoryError';
}

export async function createTeam(ctx: HubContext, name: string, id: string = uuidv7()): Promise<Team> {
  const clean = name.trim();
  if (clean === '') throw new DirectoryError('A team needs a name.');
  return writeTransaction(ctx.db, ctx.changeChannel, async (changes) => {
    await changes.tx.query('INSERT INTO teams(id, name) VALUES ($1, $2)', [id, clean]);
    await changes.row('teams', id, null);
    return { id, name: clean };
  });
}

/** A team by id or by its exact name. */
export async function findTeam(ctx: HubContext, idOrName: string): Promise<Team> {
  const rows = await ctx.db.query<Team>(
    `SELECT id, name FROM teams WHERE id::text = $1 OR name = $1 ORDER BY name`,
    [idOrName.trim()],
  );
  if (rows.length === 0) throw new DirectoryError(`There is no team "${idOrName}".`);
  if (rows.length > 1) throw new DirectoryError(`Several teams are called "${idOrName}"; use the team id.`);
  return rows[0] as Team;
}

export interface NewAgent {
  name: string;
  email: string;
  teamId: string;
  /** Omitted: the agent exists (colleagues see the name) but cannot log in yet. */
  password?: string;
  id?: string;
}

export const MIN_PASSWORD_LENGTH = 10;

export async function createAgent(ctx: HubContext, agent: NewAgent): Promise<Agent> {
  const name = agent.name.trim();
  const email = agent.email.trim();
  if (name === '') throw new DirectoryError('An agent needs a name.');
  if (!/^[^@\s]+@[^@\s]+$/.test(email))
    throw new DirectoryError(`"${agent.email}" is not an e-mail address.`);
  if (agent.password !== undefined && agent.password.length < MIN_PASSWORD_LENGTH) {
    throw new DirectoryError(`A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const hash = agent.password === undefined ? null : await hashPassword(agent.password);
  const id = agent.id ?? uuidv7();
  return writeTransaction(ctx.db, ctx.changeChannel, async (changes) => {
    const taken = await changes.tx.query('SELECT 1 FROM agents WHERE lower(email) = lower($1)', [email]);
    if (taken.length > 0) throw new DirectoryError(`An agent with e-mail ${email} already exists.`);
    await changes.tx.query(
      'INSERT INTO agents(id, name, email, team_id, password_hash) VALUES ($1, $2, $3, $4, $5)',
      [id, name, email, agent.teamId, hash],
    );
    await changes.row('agents', id, null);
    return { id, name, email, teamId: agent.teamId };
  });
}

/** Sets (or resets) an agent's password; their existing sessions end. */
export async function setPassword(ctx: HubContext, email: string, password: string): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DirectoryError(`A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const hash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    const rows = await tx.query<{ id: string }>(
      'UPDATE agents SET password_hash = $2 WHERE lower(email) = lower($1) RETURNING id',
      [email.trim(), hash],
    );
    const agent = rows[0];
    if (!agent) throw new DirectoryError(`There is no agent with e-mail ${email}.`);
    await tx.query('DELETE FROM sessions WHERE agent_id = $1', [agent.id]);
  });
}

export type ChannelKind = 'webform' | 'calls';

/** A key for one channel endpoint of one team. The key is returned once; the hub keeps its hash. */
export async function createChannelKey(
  ctx: HubContext,
  options: { teamId: string; channel: ChannelKind; label: string },
): Promise<{ id: string; key: string }> {
  const id = uuidv7();
  const key = newSecret(`nck_${options.channel}_`);
  await ctx.db.query(
    'INSERT INTO channel_keys(id, key_hash, team_id, channel, label, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [
      id,
      hashSecret(key),
      options.teamId,
      options.channel,
      options.label.trim() || options.channel,
      ctx.now(),
    ],
  );
  return { id, key };
}
