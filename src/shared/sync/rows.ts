import { z } from 'zod';
import {
  CaseStatus,
  Channel,
  ContactPointKind,
  Direction,
  EventKind,
  Priority,
  PromiseStatus,
} from '../domain/enums';
import { Id, Instant } from '../domain/entities';

/**
 * Rows as the hub sends them: shaped exactly like the desk's SQLite tables (snake_case columns,
 * 0/1 for booleans, JSON kept as text), without the desk-local `n` rowid, so a desk upserts them
 * by `id` as they come. One schema per synced table; the hub's storage holds the same columns.
 */

const JsonText = z.string();

export const TeamRow = z.object({ id: Id, name: z.string() });

export const AgentRow = z.object({ id: Id, name: z.string(), email: z.string(), team_id: Id });

export const PersonRow = z.object({
  id: Id,
  name: z.string(),
  preferred_name: z.string().nullable(),
  /** JSON array of language codes, as text. */
  languages: JsonText,
  personal_agent_id: Id.nullable(),
  note_rich: z.string().nullable(),
  note_text: z.string(),
  created_at: Instant,
  merged_into: Id.nullable(),
  note_updated_by: Id.nullable(),
  note_updated_at: Instant.nullable(),
});

export const ContactPointRow = z.object({
  id: Id,
  person_id: Id,
  kind: ContactPointKind,
  value: z.string(),
  norm_value: z.string(),
});

export const CaseRow = z.object({
  id: Id,
  ref: z.string(),
  person_id: Id,
  team_id: Id,
  subject: z.string(),
  channel: Channel,
  status: CaseStatus,
  priority: Priority,
  assignee_id: Id.nullable(),
  created_at: Instant,
  updated_at: Instant,
  last_contact_at: Instant,
  snippet: z.string(),
  snoozed_until: Instant.nullable(),
  first_response_at: Instant.nullable(),
  closed_at: Instant.nullable(),
  unread: z.union([z.literal(0), z.literal(1)]),
});

export const EventRow = z.object({
  id: Id,
  case_id: Id,
  person_id: Id,
  kind: EventKind,
  channel: Channel.nullable(),
  direction: Direction.nullable(),
  author_id: Id.nullable(),
  created_at: Instant,
  body_text: z.string(),
  body_rich: z.string().nullable(),
  /** JSON object, as text. */
  meta: JsonText,
});

export const PromiseRow = z.object({
  id: Id,
  case_id: Id,
  person_id: Id,
  text: z.string(),
  due_at: Instant,
  owner_id: Id,
  status: PromiseStatus,
  created_at: Instant,
  created_by: Id,
  resolved_at: Instant.nullable(),
  resolution_note: z.string().nullable(),
});

export const PersonMergeRow = z.object({
  id: Id,
  kept_id: Id,
  merged_id: Id,
  /** JSON arrays of ids, as text: exactly what moved, so the merge can be undone. */
  case_ids: JsonText,
  contact_point_ids: JsonText,
  promise_ids: JsonText,
  kept_note_text_before: z.string(),
  kept_note_rich_before: z.string().nullable(),
  kept_note_text_after: z.string(),
  kept_note_rich_after: z.string().nullable(),
  /** The case the merge was recorded on, so its undo is recorded beside it. */
  event_case_id: Id.nullable(),
  at: Instant,
  by_id: Id,
  undone_at: Instant.nullable(),
});

export const SavedReplyRow = z.object({
  id: Id,
  title: z.string(),
  body_text: z.string(),
  body_rich: z.string().nullable(),
  locale: z.string(),
});

/** Every synced table, in the order a page is applied: a row's parents come before it. */
export const syncTables = [
  'teams',
  'agents',
  'saved_replies',
  'people',
  'contact_points',
  'cases',
  'events',
  'promises',
  'person_merges',
] as const;
export const SyncTable = z.enum(syncTables);
export type SyncTable = z.infer<typeof SyncTable>;

export const rowSchemas = {
  teams: TeamRow,
  agents: AgentRow,
  saved_replies: SavedReplyRow,
  people: PersonRow,
  contact_points: ContactPointRow,
  cases: CaseRow,
  events: EventRow,
  promises: PromiseRow,
  person_merges: PersonMergeRow,
} as const satisfies Record<SyncTable, z.ZodType>;

export type SyncRow<T extends SyncTable> = z.infer<(typeof rowSchemas)[T]>;

/** One row at the hub version of its latest change. */
export const RowChange = z.discriminatedUnion('table', [
  z.object({ table: z.literal('teams'), version: z.number().int().positive(), row: TeamRow }),
  z.object({ table: z.literal('agents'), version: z.number().int().positive(), row: AgentRow }),
  z.object({ table: z.literal('saved_replies'), version: z.number().int().positive(), row: SavedReplyRow }),
  z.object({ table: z.literal('people'), version: z.number().int().positive(), row: PersonRow }),
  z.object({
    table: z.literal('contact_points'),
    version: z.number().int().positive(),
    row: ContactPointRow,
  }),
  z.object({ table: z.literal('cases'), version: z.number().int().positive(), row: CaseRow }),
  z.object({ table: z.literal('events'), version: z.number().int().positive(), row: EventRow }),
  z.object({ table: z.literal('promises'), version: z.number().int().positive(), row: PromiseRow }),
  z.object({ table: z.literal('person_merges'), version: z.number().int().positive(), row: PersonMergeRow }),
]);
export type RowChange = z.infer<typeof RowChange>;
