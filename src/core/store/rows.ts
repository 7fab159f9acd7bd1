import type {
  Agent,
  Case,
  CasePromise,
  ContactPoint,
  Person,
  SavedReply,
  Team,
  TimelineEvent,
} from '../../shared/domain';

/** Row shapes as SQLite returns them (snake_case, 0/1 booleans, JSON in text) and their domain mappings. */

export interface TeamRow {
  id: string;
  name: string;
}
export const teamFromRow = (r: TeamRow): Team => ({ id: r.id, name: r.name });

export interface AgentRow {
  id: string;
  name: string;
  email: string;
  team_id: string;
}
export const agentFromRow = (r: AgentRow): Agent => ({
  id: r.id,
  name: r.name,
  email: r.email,
  teamId: r.team_id,
});

export interface PersonRow {
  id: string;
  name: string;
  preferred_name: string | null;
  languages: string;
  personal_agent_id: string | null;
  note_rich: string | null;
  note_text: string;
  created_at: number;
  merged_into: string | null;
}
export const personFromRow = (r: PersonRow): Person => ({
  id: r.id,
  name: r.name,
  preferredName: r.preferred_name,
  languages: JSON.parse(r.languages) as string[],
  personalAgentId: r.personal_agent_id,
  noteRich: r.note_rich,
  noteText: r.note_text,
  createdAt: r.created_at,
  mergedInto: r.merged_into,
});

export interface ContactPointRow {
  id: string;
  person_id: string;
  kind: ContactPoint['kind'];
  value: string;
}
export const contactPointFromRow = (r: ContactPointRow): ContactPoint => ({
  id: r.id,
  personId: r.person_id,
  kind: r.kind,
  value: r.value,
});

export interface CaseRow {
  id: string;
  ref: string;
  person_id: string;
  team_id: string;
  subject: string;
  channel: Case['channel'];
  status: Case['status'];
  priority: Case['priority'];
  assignee_id: string | null;
  created_at: number;
  updated_at: number;
  last_contact_at: number;
  snippet: string;
  snoozed_until: number | null;
  first_response_at: number | null;
  closed_at: number | null;
  unread: number;
}
export const caseFromRow = (r: CaseRow): Case => ({
  id: r.id,
  ref: r.ref,
  personId: r.person_id,
  teamId: r.team_id,
  subject: r.subject,
  channel: r.channel,
  status: r.status,
  priority: r.priority,
  assigneeId: r.assignee_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  lastContactAt: r.last_contact_at,
  snoozedUntil: r.snoozed_until,
  firstResponseAt: r.first_response_at,
  closedAt: r.closed_at,
  unread: r.unread === 1,
});

export interface EventRow {
  id: string;
  case_id: string;
  person_id: string;
  kind: TimelineEvent['kind'];
  channel: TimelineEvent['channel'];
  direction: TimelineEvent['direction'];
  author_id: string | null;
  created_at: number;
  body_text: string;
  body_rich: string | null;
  meta: string;
}
export const eventFromRow = (r: EventRow): TimelineEvent => ({
  id: r.id,
  caseId: r.case_id,
  personId: r.person_id,
  kind: r.kind,
  channel: r.channel,
  direction: r.direction,
  authorId: r.author_id,
  createdAt: r.created_at,
  bodyText: r.body_text,
  bodyRich: r.body_rich,
  meta: JSON.parse(r.meta) as Record<string, unknown>,
});

export interface PromiseRow {
  id: string;
  case_id: string;
  person_id: string;
  text: string;
  due_at: number;
  owner_id: string;
  status: CasePromise['status'];
  created_at: number;
  created_by: string;
  resolved_at: number | null;
  resolution_note: string | null;
}
export const promiseFromRow = (r: PromiseRow): CasePromise => ({
  id: r.id,
  caseId: r.case_id,
  personId: r.person_id,
  text: r.text,
  dueAt: r.due_at,
  ownerId: r.owner_id,
  status: r.status,
  createdAt: r.created_at,
  createdBy: r.created_by,
  resolvedAt: r.resolved_at,
  resolutionNote: r.resolution_note,
});

export interface SavedReplyRow {
  id: string;
  title: string;
  body_text: string;
  body_rich: string | null;
  locale: string;
}
export const savedReplyFromRow = (r: SavedReplyRow): SavedReply => ({
  id: r.id,
  title: r.title,
  bodyText: r.body_text,
  bodyRich: r.body_rich,
  locale: r.locale,
});
