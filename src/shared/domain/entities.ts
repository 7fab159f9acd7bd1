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

/**
 * Text limits sized so the largest request, people.setNote (one rich text, two plain texts), still fits
 * MAX_REQUEST_BYTES (4 MiB) as JSON. Rich text is JSON without lone surrogates (see below), so escaped into
 * the request it takes at most 3 bytes a character ('€' is 3 bytes, a quote becomes two). Plain text may
 * hold control characters, 6 bytes each once escaped (U+0001 becomes six characters, backslash u 0 0 0 1).
 * So 3 × 1,000,000 + 2 × 6 × 90,000 = 4,080,000 bytes, under 4,194,304 with room for the envelope.
 */
export const RICH_TEXT_MAX_CHARS = 1_000_000;
export const PLAIN_TEXT_MAX_CHARS = 90_000;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Lexical's serialized editor state: a JSON object whose `root` is an object. Shape beyond that is the editor's. */
function isEditorState(text: string): boolean {
  // JSON.stringify escapes lone surrogates, so real editor output never holds one (and takes 3 bytes a char at most).
  if (loneSurrogate.test(text)) return false;
  try {
    const state: unknown = JSON.parse(text);
    if (typeof state !== 'object' || state === null) return false;
    const root: unknown = (state as { root?: unknown }).root;
    return typeof root === 'object' && root !== null && !Array.isArray(root);
  } catch {
    return false;
  }
}

/** Rich text travels as Lexical's serialized editor state (JSON text) beside its plain text. */
export const RichText = z
  .string()
  .max(RICH_TEXT_MAX_CHARS)
  .refine(isEditorState, 'rich text must be an editor state: JSON with a "root" object');
export const PlainText = z.string().max(PLAIN_TEXT_MAX_CHARS);

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
