import { z } from 'zod';
import { methods } from '../api/contract';
import { Id, Instant } from '../domain/entities';

/**
 * The named commands a desk pushes, with the arguments its outbox holds: the validated contract
 * arguments plus the ids the command generated, so the hub makes the very same rows.
 * A name the hub does not know, or arguments that do not parse, are rejected permanently.
 */

const eventId = { eventId: Id };

export const mutationArgs = {
  'notes.add': methods['notes.add'].args.extend(eventId),
  'replies.send': methods['replies.send'].args.extend(eventId),
  'contacts.log': methods['contacts.log'].args.extend(eventId),
  'cases.setStatus': methods['cases.setStatus'].args.extend(eventId),
  'cases.snooze': methods['cases.snooze'].args.extend(eventId),
  'cases.setPriority': methods['cases.setPriority'].args.extend(eventId),
  'cases.markUnread': methods['cases.markUnread'].args,
  'cases.assign': methods['cases.assign'].args.extend(eventId),
  /** A snooze ran out (the desk's scheduler); applied only while the case is still snoozed until then. */
  'cases.wake': z.object({ caseId: Id, snoozedUntil: Instant, ...eventId }),
  'promises.make': methods['promises.make'].args.extend({ promiseId: Id, ...eventId }),
  'promises.keep': methods['promises.keep'].args.extend(eventId),
  'promises.cancel': methods['promises.cancel'].args.extend(eventId),
  'people.setNote': methods['people.setNote'].args,
  'people.update': methods['people.update'].args,
  /** `eventId` is present when the desk recorded the change on the person's latest case. */
  'people.setPersonalAgent': methods['people.setPersonalAgent'].args.extend({ eventId: Id.optional() }),
  'people.addContactPoint': methods['people.addContactPoint'].args.extend({ contactPointId: Id }),
  'people.merge': methods['people.merge'].args.extend({ personMergeId: Id, eventId: Id }),
  'people.unmerge': methods['people.unmerge'].args.extend(eventId),
} as const;

export type MutationName = keyof typeof mutationArgs;
export type MutationArgs<N extends MutationName> = z.output<(typeof mutationArgs)[N]>;

export const mutationNames = Object.keys(mutationArgs) as MutationName[];

export function isMutationName(name: string): name is MutationName {
  return Object.prototype.hasOwnProperty.call(mutationArgs, name);
}

/** One outbox entry on the wire. */
export const Mutation = z.object({
  /** The outbox's mutation_id (UUIDv7). */
  id: Id,
  /** The per-client sequence: 1, 2, 3 … without gaps. */
  seq: z.number().int().positive(),
  name: z.string().min(1).max(100),
  /** Parsed by the hub against `mutationArgs[name]`; a bad shape rejects this mutation only. */
  args: z.record(z.string(), z.unknown()),
  /** When the agent made the change (epoch ms); the hub stamps the rows it writes with it. */
  createdAt: Instant,
});
export type Mutation = z.infer<typeof Mutation>;
