import type { TimelineEvent } from '../../../shared/domain';
import type { SyncRow } from '../../../shared/sync';
import { snippetOf } from '../../../shared/sync/snippet';
import type { AuthAgent } from '../../accounts/sessions';
import type { Changes } from '../changeLog';
import { selectList } from '../tables';
import type { AgentRow, CaseRow, CaseRows } from './caseRows';
import { Rejection } from './rejection';

export type { AgentRow, CaseRow } from './caseRows';
export type PersonRow = SyncRow<'people'>;
export type PromiseRow = SyncRow<'promises'>;

/**
 * One mutation being applied: its transaction, who made it, and the instant stamped on its rows.
 * Cases, agents and events go through `rows`; everything else through `changes.tx`.
 */
export interface ApplyContext {
  changes: Changes;
  rows: CaseRows;
  agent: AuthAgent;
  now: number;
}

const mayTouchTeam = (ctx: ApplyContext, teamId: string): boolean => ctx.agent.teamIds.includes(teamId);

/** The case, if it exists and belongs to one of the agent's teams. */
export async function requireCase(ctx: ApplyContext, caseId: string): Promise<CaseRow> {
  const row = await ctx.rows.lockCase(caseId);
  if (!row) throw new Rejection('not_found', 'This case does not exist on the hub.');
  if (!mayTouchTeam(ctx, row.team_id)) throw new Rejection('forbidden', 'This case belongs to another team.');
  return row;
}

export async function requireAgent(ctx: ApplyContext, agentId: string): Promise<AgentRow> {
  const row = await ctx.rows.agent(agentId);
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
  await ctx.rows.insertEvent({
    id: event.id,
    case_id: caseRow.id,
    person_id: caseRow.person_id,
    kind: event.kind,
    channel: event.channel ?? null,
    direction: event.direction ?? null,
    author_id: event.authorId === undefined ? ctx.agent.id : event.authorId,
    created_at: ctx.now,
    body_text: event.bodyText ?? '',
    body_rich: event.bodyRich ?? null,
    meta: JSON.stringify(event.meta ?? {}),
  });
  await ctx.changes.row('events', event.id, [caseRow.team_id]);
}

/** Writes case columns (and updated_at) and records the case as changed. */
export async function updateCase(
  ctx: ApplyContext,
  caseRow: CaseRow,
  set: Partial<Omit<CaseRow, 'id' | 'updated_at'>>,
): Promise<void> {
  await ctx.rows.updateCase(caseRow.id, { updated_at: ctx.now, ...set });
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
