import { z } from 'zod';
import { Agent, CasePromise, ContactPoint, Id, InboxRow, Person, RepeatSignal, TimelineEvent } from '../../domain';

export const peopleMethods = {
  'people.get': {
    args: z.object({ personId: Id }),
    result: z.object({
      person: Person,
      personalAgent: Agent.nullable(),
      contactPoints: z.array(ContactPoint),
      /** Open cases first, then the rest, newest contact first. */
      cases: z.array(InboxRow),
      promises: z.array(CasePromise),
      repeat: RepeatSignal,
      /** Cross-case timeline, newest last, capped at `timelineLimit` most recent events. */
      timeline: z.array(TimelineEvent),
    }),
  },
} as const;
