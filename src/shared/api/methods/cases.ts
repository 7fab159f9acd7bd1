import { z } from 'zod';
import {
  Agent,
  Case,
  CasePromise,
  CaseStatus,
  Channel,
  Id,
  InboxRow,
  InboxView,
  Instant,
  Person,
  Priority,
  RepeatSignal,
  TimelineEvent,
  inboxViews,
} from '../../domain';

const caseRef = z.object({ caseId: Id });

export const casesMethods = {
  'cases.list': {
    args: z.object({
      view: InboxView,
      channel: Channel.nullable().default(null),
      limit: z.number().int().min(1).max(500).default(100),
      /** Opaque keyset cursor from the previous page; or `offset` to jump (scrollbar drags). */
      cursor: z.string().max(200).nullable().default(null),
      offset: z.number().int().nonnegative().nullable().default(null),
    }),
    result: z.object({ rows: z.array(InboxRow), total: z.number().int(), nextCursor: z.string().nullable() }),
  },
  'cases.counts': {
    args: z.object({ channel: Channel.nullable().default(null) }),
    result: z.object({ counts: z.record(InboxView, z.number().int()) }),
  },
  'cases.get': {
    args: caseRef,
    result: z.object({
      case: Case,
      person: Person,
      assignee: Agent.nullable(),
      repeat: RepeatSignal,
      events: z.array(TimelineEvent),
      promises: z.array(CasePromise),
    }),
  },
  'cases.setStatus': {
    args: caseRef.extend({ status: CaseStatus.exclude(['snoozed']) }),
    result: z.object({ case: Case }),
  },
  'cases.snooze': {
    args: caseRef.extend({ until: Instant }),
    result: z.object({ case: Case }),
  },
  'cases.setPriority': {
    args: caseRef.extend({ priority: Priority }),
    result: z.object({ case: Case }),
  },
  'cases.markUnread': {
    args: caseRef.extend({ unread: z.boolean() }),
    result: z.object({ case: Case }),
  },
  'cases.assign': {
    args: caseRef.extend({
      assigneeId: Id.nullable(),
      /** A hand-over to another agent needs a short note (PRODUCT.md: nobody starts from zero). */
      handoverNote: z.string().trim().max(2000).default(''),
    }),
    result: z.object({ case: Case }),
  },
} as const;

export { inboxViews };
