import type { TimelineEvent } from '../../../shared/domain';
import type { SyncRow } from '../../../shared/sync';
import { snippetOf } from '../../../shared/sync/snippet';
import type { AuthAgent } from '../../accounts/sessions';
import type { Changes } from '../changeLog';
import { selectList } from '../tables';
import { Rejection } from './rejection';

export type CaseRow = SyncRow<'cases'>;
export type PersonRow = SyncRow<'people'>;
export type PromiseRow = SyncRow<'promises'>;
export type AgentRow = SyncRow<'agents'>;

/** One mutation being applied: its transaction, who made it, and the instant stamped on its rows. */
export interface ApplyContext {
  changes: Changes;
  agent: AuthAgent;
  now: number;
}

const mayTouchTeam = (ctx: ApplyContext, teamId: string): boolean => ctx.agent.teamIds.includes(teamId);

/** The case, if it exists and belongs to one of the agent's teams. */
export async function requireCase(ctx: ApplyContext, caseId: string): Promise<CaseRow> {
  const [row] = await ctx.changes.tx.query<CaseRow>(
    `SELECT ${selectList('cases')} FROM cases WHERE id = $1 FOR UPDATE`,
    [caseId],
  );
  if (!row) throw new Rejection('not_found', 'This case does not exist on the hub.');
  if (!mayTouchTeam(ctx, row.team_id)) throw new Rejection('forbidden', 'This case belongs to another team.');
  return row;
}

export async function requireAgent(ctx: ApplyContext, agentId: string): Promise<AgentRow> {
  const [row] = await ctx.changes.tx.query<AgentRow>(
    `SELECT ${selectList('agents')} FROM agents WHERE id = $1`,
    [agentId],
  );
  if (!row) throw new Rejection('not_found', 'There is no such agent on the hub.');
  return row;
}

/** Assignees and promise owners work in the case's team: anyone else could not even see the case. */
export async function requireTeamAgent(
  ctx: ApplyContext,
  agentId: string,
  caseRow: CaseRow,
): Promise<AgentRow> {
  const agent = await requireAgent(ctx, agentId);
  if (agent.team_id !== caseRow.team_id) {
    throw new Rejection('forbidden', `${agent.name} is not in the team this case belongs to.`);
  }
  return agent;
}

/** The person, if one of the agent's teams may see them. */
export async function requirePerson(ctx: ApplyContext, personId: string): Promise<PersonRow> {
  const [row] = await ctx.changes.tx.query<PersonRow>(
    `SELECT ${selectList('people')} FROM people WHERE id = $1 FOR UPDATE`,
    [personId],
  );
  if (!row) throw new Rejection('not_found', 'This person does not exist on the hub.');
  const visible = await ctx.changes.tx.query(
    'SELECT 1 FROM person_teams WHERE person_id = $1 AND team_id = ANY($2::uuid[])',
    [personId, [...ctx.agent.teamIds]],
  );
  if (visible.length === 0) throw new Rejection('forbidden', 'This person is not known to your team.');
  return row;
}

/** A person who can still be changed: not merged into someone else. */
export async function requireLivePerson(ctx: ApplyContext, personId: string): Promise<PersonRow> {
  const row = await requirePerson(ctx, personId);
  if (row.merged_into !== null) {
    throw new Rejection('conflict', 'This person was merged into another record; change that one instead.');
  }
  return row;
}

export async function requirePromise(ctx: ApplyContext, promiseId: string): Promise<PromiseRow> {
  const [row] = await ctx.changes.tx.query<PromiseRow>(
    `SELECT ${selectList('promises')} FROM promises WHERE id = $1 FOR UPDATE`,
    [promiseId],
  );
  if (!row) throw new Rejection('not_found', 'This promise does not exist on the hub.');
  return row;
}

export interface NewEvent {
  id: string;
  kind: TimelineEvent['kind'];
  channel?: TimelineEvent['channel'];
  direction?: TimelineEvent['direction'];
  bodyText?: string;
  bodyRich?: string | null;
  meta?: Record<string, unknown>;
  /** Defaults to the agent who made the mutation; null is Nära itself. */
  authorId?: string | null;
}

/** Appends one event to the case's timeline; the same id the desk gave it. */
export async function appendEvent(ctx: ApplyContext, caseRow: CaseRow, event: NewEvent): Promise<void> {
  await ctx.changes.tx.query(
    `INSERT INTO events(id, case_id, person_id, kind, channel, direction, author_id, created_at, body_text,
       body_rich, meta)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      event.id,
      caseRow.id,
      caseRow.person_id,
      event.kind,
      event.channel ?? null,
      event.direction ?? null,
      event.authorId === undefined ? ctx.agent.id : event.authorId,
      ctx.now,
      event.bodyText ?? '',
      event.bodyRich ?? null,
      JSON.stringify(event.meta ?? {}),
    ],
  );
  await ctx.changes.row('events', event.id, [caseRow.team_id]);
}

/** Writes case columns (and updated_at) and records the case as changed. */
export async function updateCase(
  ctx: ApplyContext,
  caseRow: CaseRow,
  set: Partial<Omit<CaseRow, 'id' | 'updated_at'>>,
): Promise<void> {
  const columns = Object.keys(set);
  const assignments = columns.map((c, i) => `${c} = $${i + 3}`);
  await ctx.changes.tx.query(
    `UPDATE cases SET ${['updated_at = $2', ...assignments].join(', ')} WHERE id = $1`,
    [caseRow.id, ctx.now, ...columns.map((c) => set[c as keyof typeof set])],
  );
  await ctx.changes.row('cases', caseRow.id, [caseRow.team_id]);
}

/** A contact moves the case's last contact and snippet; the first outgoing one is its first response. */
export async function recordContactOnCase(
  ctx: ApplyContext,
  caseRow: CaseRow,
  contact: { bodyText: string; direction: 'in' | 'out' },
): Promise<void> {
  await updateCase(ctx, caseRow, {
    last_contact_at: ctx.now,
    snippet: snippetOf(contact.bodyText),
    first_response_at:
      contact.direction === 'out' ? (caseRow.first_response_at ?? ctx.now) : caseRow.first_response_at,
  });
}
