import { z } from 'zod';
import {
  Agent,
  CasePromise,
  ContactPoint,
  ContactPointKind,
  Id,
  InboxRow,
  Instant,
  Person,
  PlainText,
  RepeatSignal,
  RichText,
  TimelineEvent,
} from '../../domain';

/** A merge of a duplicate into this person, kept so it can be undone. */
export const PersonMerge = z.object({
  id: Id,
  keptId: Id,
  mergedId: Id,
  mergedName: z.string(),
  at: Instant,
  byId: Id,
  undoneAt: Instant.nullable(),
});
export type PersonMerge = z.infer<typeof PersonMerge>;

const person = z.object({ person: Person });

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
      /** Cross-case timeline, newest last: the most recent 500 events. */
      timeline: z.array(TimelineEvent),
      /** Duplicates merged into this person, newest first (undone ones included, marked). */
      merges: z.array(PersonMerge),
    }),
  },
  'people.setNote': {
    args: z.object({
      personId: Id,
      noteRich: RichText,
      noteText: PlainText,
      /** The person's note as the editor last loaded it; lets sync detect concurrent edits. */
      baseNoteText: PlainText.nullable().default(null),
    }),
    result: person,
  },
  'people.update': {
    args: z.object({
      personId: Id,
      preferredName: z.string().trim().max(200).nullable().optional(),
      languages: z.array(z.string().trim().min(2).max(20)).max(20).optional(),
    }),
    result: person,
  },
  'people.setPersonalAgent': {
    args: z.object({ personId: Id, agentId: Id.nullable() }),
    result: person,
  },
  'people.addContactPoint': {
    args: z.object({ personId: Id, kind: ContactPointKind, value: z.string().trim().min(1).max(500) }),
    result: z.object({ contactPoint: ContactPoint }),
  },
  'people.merge': {
    /** `mergeId` is the duplicate: its cases, contact points and promises move to `keepId`. */
    args: z.object({ keepId: Id, mergeId: Id }),
    result: z.object({ person: Person, merge: PersonMerge }),
  },
  'people.unmerge': {
    args: z.object({ mergeId: Id }),
    result: z.object({ person: Person, restored: Person }),
  },
} as const;
