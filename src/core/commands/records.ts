import { ApiError } from '../../shared/api';
import type { Case, Person, TimelineEvent } from '../../shared/domain';
import type { Db } from '../store/openStore';
import {
  caseFromRow,
  eventFromRow,
  personFromRow,
  type AgentRow,
  type CaseRow,
  type EventRow,
  type PersonRow,
  type PromiseRow,
} from '../store/rows';
import type { CommandContext } from './context';
import { prepared } from '../queries/statements';

/** Reads and writes every command shares. Each runs inside the command's transaction. */

export const CASE_COLUMNS = `id, ref, person_id, team_id, subject, channel, status, priority, assignee_id, created_at,
  updated_at, last_contact_at, snippet, snoozed_until, first_response_at, closed_at, unread`;

export const EVENT_COLUMNS = `id, case_id, person_id, kind, channel, direction, author_id, created_at, body_text,
  body_rich, meta`;

export const PROMISE_COLUMNS = `id, case_id, person_id, text, due_at, owner_id, status, created_at, created_by,
  resolved_at, resolution_note`;

export const PERSON_COLUMNS = `id, name, preferred_name, languages, personal_agent_id, note_rich, note_text, created_at,
  merged_into`;

export function requirePerson(db: Db, personId: string): PersonRow {
  const row = prepared(db, `SELECT ${PERSON_COLUMNS} FROM people WHERE id = ?`).get(personId) as
    PersonRow | undefined;
  if (!row) throw new ApiError('not_found', 'This person does not exist.');
  return row;
}

export function readPerson(db: Db, personId: string): Person {
  return personFromRow(requirePerson(db, personId));
}

export function requireCase(db: Db, caseId: string): CaseRow {
  const row = prepared(db, `SELECT ${CASE_COLUMNS} FROM cases WHERE id = ?`).get(caseId) as
    CaseRow | undefined;
  if (!row) throw new ApiError('not_found', 'This case does not exist (any more).');
  return row;
}

export function requireAgent(db: Db, agentId: string): AgentRow {
  const row = prepared(db, 'SELECT id, name, email, team_id FROM agents WHERE id = ?').get(agentId) as
    AgentRow | undefined;
  if (!row) throw new ApiError('not_found', 'There is no such agent in this workspace.');
  return row;
}

export function requirePromise(db: Db, promiseId: string): PromiseRow {
  const row = prepared(db, `SELECT ${PROMISE_COLUMNS} FROM promises WHERE id = ?`).get(promiseId) as
    PromiseRow | undefined;
  if (!row) throw new ApiError('not_found', 'This promise does not exist.');
  return row;
}

export function readCase(db: Db, caseId: string): Case {
  return caseFromRow(requireCase(db, caseId));
}

/** Stamps the case as changed now; most commands also change other fields in their own UPDATE. */
export function touchCase(ctx: CommandContext, caseId: string): void {
  prepared(ctx.db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(ctx.now, caseId);
}

export interface NewEvent {
  id: string;
  kind: TimelineEvent['kind'];
  channel?: TimelineEvent['channel'];
  direction?: TimelineEvent['direction'];
  bodyText?: string;
  bodyRich?: string | null;
  meta?: Record<string, unknown>;
  /** Who did it; defaults to the current agent. Null is Nära itself (a snooze that ran out). */
  authorId?: string | null;
}

/** Appends one event to the case's timeline (by the current agent unless told). The timeline is never rewritten. */
export function appendEvent(ctx: CommandContext, caseRow: CaseRow, event: NewEvent): TimelineEvent {
  const row = prepared(
    ctx.db,
    `INSERT INTO events(id, case_id, person_id, kind, channel, direction, author_id, created_at, body_text,
         body_rich, meta)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       RETURNING ${EVENT_COLUMNS}`,
  ).get(
    event.id,
    caseRow.id,
    caseRow.person_id,
    event.kind,
    event.channel ?? null,
    event.direction ?? null,
    event.authorId === undefined ? ctx.meId : event.authorId,
    ctx.now,
    event.bodyText ?? '',
    event.bodyRich ?? null,
    JSON.stringify(event.meta ?? {}),
  ) as EventRow;
  return eventFromRow(row);
}
