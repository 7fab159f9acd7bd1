import { z } from 'zod';
import {
  CaseStatus,
  Channel,
  ContactPointKind,
  Direction,
  DraftMode,
  EventKind,
  Priority,
  PromiseStatus,
} from './enums';

/** Ids are UUIDv7 strings made by the client (time-ordered, safe to create offline). */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** All instants are epoch milliseconds (UTC); the renderer formats them in the chosen locale. */
export const Instant = z.number().int().nonnegative();
export type Instant = z.infer<typeof Instant>;

/** Rich text travels as Lexical's serialized editor state (JSON text) beside its plain text. */
export const RichText = z.string().max(2_000_000);
export const PlainText = z.string().max(200_000);

export const Agent = z.object({ id: Id, name: z.string(), email: z.string(), teamId: Id });
export type Agent = z.infer<typeof Agent>;

export const Team = z.object({ id: Id, name: z.string() });
export type Team = z.infer<typeof Team>;

export const ContactPoint = z.object({ id: Id, personId: Id, kind: ContactPointKind, value: z.string() });
export type ContactPoint = z.infer<typeof ContactPoint>;

export const Person = z.object({
  id: Id,
  name: z.string(),
  preferredName: z.string().nullable(),
  languages: z.array(z.string()),
  personalAgentId: Id.nullable(),
  noteRich: RichText.nullable(),
  noteText: z.string(),
  createdAt: Instant,
  /** Set when this record was merged into another person (the merge can be undone). */
  mergedInto: Id.nullable(),
});
export type Person = z.infer<typeof Person>;

/** How often a person reached us recently, across channels. */
export const RepeatSignal = z.object({
  contacts7d: z.number().int().nonnegative(),
  channels7d: z.array(Channel),
});
export type RepeatSignal = z.infer<typeof RepeatSignal>;

export const Case = z.object({
  id: Id,
  /** Human reference; `P-…` while provisional (made offline), `K-2026-00042` once the hub assigned it. */
  ref: z.string(),
  personId: Id,
  teamId: Id,
  subject: z.string(),
  channel: Channel,
  status: CaseStatus,
  priority: Priority,
  assigneeId: Id.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  lastContactAt: Instant,
  snoozedUntil: Instant.nullable(),
  firstResponseAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  unread: z.boolean(),
});
export type Case = z.infer<typeof Case>;

export const TimelineEvent = z.object({
  id: Id,
  caseId: Id,
  personId: Id,
  kind: EventKind,
  channel: Channel.nullable(),
  direction: Direction.nullable(),
  /** The agent who wrote or did it; null when it came from the customer. */
  authorId: Id.nullable(),
  createdAt: Instant,
  bodyText: z.string(),
  bodyRich: RichText.nullable(),
  /** Kind-specific details, e.g. {from, to} for a status change or {durationSec} for a call. */
  meta: z.record(z.string(), z.unknown()),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const CasePromise = z.object({
  id: Id,
  caseId: Id,
  personId: Id,
  text: z.string(),
  dueAt: Instant,
  ownerId: Id,
  status: PromiseStatus,
  createdAt: Instant,
  createdBy: Id,
  resolvedAt: Instant.nullable(),
  resolutionNote: z.string().nullable(),
});
export type CasePromise = z.infer<typeof CasePromise>;

export const Draft = z.object({
  caseId: Id,
  agentId: Id,
  mode: DraftMode,
  content: RichText,
  text: PlainText,
  updatedAt: Instant,
});
export type Draft = z.infer<typeof Draft>;

export const SavedReply = z.object({
  id: Id,
  title: z.string(),
  bodyText: z.string(),
  bodyRich: RichText.nullable(),
  locale: z.string(),
});
export type SavedReply = z.infer<typeof SavedReply>;

/** One inbox row: everything the list shows without another round trip. */
export const InboxRow = z.object({
  id: Id,
  ref: z.string(),
  personId: Id,
  personName: z.string(),
  channel: Channel,
  subject: z.string(),
  snippet: z.string(),
  status: CaseStatus,
  priority: Priority,
  assigneeId: Id.nullable(),
  assigneeName: z.string().nullable(),
  createdAt: Instant,
  lastContactAt: Instant,
  unread: z.boolean(),
  /** Earliest open promise on the case, if any. */
  promiseDueAt: Instant.nullable(),
  repeat: RepeatSignal,
});
export type InboxRow = z.infer<typeof InboxRow>;
