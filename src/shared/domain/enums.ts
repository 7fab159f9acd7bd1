import { z } from 'zod';

export const channels = ['email', 'phone', 'chat', 'webform', 'letter', 'visit'] as const;
export const Channel = z.enum(channels);
export type Channel = z.infer<typeof Channel>;

/** Channels an agent can log by hand (a call, a front-desk visit, a paper letter). */
export const LoggableChannel = z.enum(['phone', 'visit', 'letter']);
export type LoggableChannel = z.infer<typeof LoggableChannel>;

export const Direction = z.enum(['in', 'out']);
export type Direction = z.infer<typeof Direction>;

export const caseStatuses = ['open', 'waiting', 'snoozed', 'closed'] as const;
export const CaseStatus = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export const Priority = z.enum(priorities);
export type Priority = z.infer<typeof Priority>;

export const inboxViews = [
  'mine',
  'my_people',
  'team',
  'unassigned',
  'promises_due',
  'waiting',
  'snoozed',
  'closed',
] as const;
export const InboxView = z.enum(inboxViews);
export type InboxView = z.infer<typeof InboxView>;

/**
 * Timeline event kinds. `contact` is anything that passed through a channel (customer-visible);
 * `note` is internal; the rest record changes, so the timeline never needs rewriting.
 */
export const eventKinds = [
  'contact',
  'note',
  'status_changed',
  'assigned',
  'priority_changed',
  'promise_made',
  'promise_kept',
  'promise_cancelled',
  'person_merged',
] as const;
export const EventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof EventKind>;

export const PromiseStatus = z.enum(['open', 'kept', 'cancelled']);
export type PromiseStatus = z.infer<typeof PromiseStatus>;

export const ContactPointKind = z.enum(['email', 'phone', 'address', 'chat']);
export type ContactPointKind = z.infer<typeof ContactPointKind>;

export const locales = ['sv', 'nb', 'en'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

export const Theme = z.enum(['light', 'dark', 'system']);
export type Theme = z.infer<typeof Theme>;

export const DraftMode = z.enum(['note', 'reply']);
export type DraftMode = z.infer<typeof DraftMode>;
