import { z } from 'zod';
import { isMutationName, mutationArgs, type MutationArgs, type MutationName } from '../../../shared/sync';
import type { ApplyContext } from './applyContext';
import * as cases from './cases';
import * as merges from './merges';
import * as people from './people';
import * as promises from './promises';
import { Rejection } from './rejection';
import * as timeline from './timeline';

type Applier<N extends MutationName> = (ctx: ApplyContext, args: MutationArgs<N>) => Promise<void>;
export type Appliers = { [N in MutationName]: Applier<N> };

export interface ApplyHooks {
  onReply: timeline.ReplyHook;
}

/** How the hub applies each named command to its own state (the desk's src/core/commands, hub side). */
export function createAppliers(hooks: ApplyHooks): Appliers {
  return {
    'notes.add': timeline.addNote,
    'replies.send': timeline.sendReply(hooks.onReply),
    'contacts.log': timeline.logContact,
    'cases.setStatus': cases.setStatus,
    'cases.snooze': cases.snooze,
    'cases.setPriority': cases.setPriority,
    'cases.markUnread': cases.markUnread,
    'cases.assign': cases.assign,
    'cases.wake': cases.wake,
    'promises.make': promises.makePromise,
    'promises.keep': promises.resolvePromise('promises.keep'),
    'promises.cancel': promises.resolvePromise('promises.cancel'),
    'people.setNote': people.setNote,
    'people.update': people.updatePerson,
    'people.setPersonalAgent': people.setPersonalAgent,
    'people.addContactPoint': people.addContactPoint,
    'people.merge': merges.mergePeople,
    'people.unmerge': merges.unmergePeople,
  };
}

/** Validates the mutation's name and arguments and applies it; throws Rejection when it never can. */
export async function applyMutation(
  appliers: Appliers,
  ctx: ApplyContext,
  name: string,
  args: unknown,
): Promise<void> {
  if (!isMutationName(name))
    throw new Rejection('unknown_command', `The hub does not know the change "${name}".`);
  const parsed = mutationArgs[name].safeParse(args);
  if (!parsed.success) throw new Rejection('invalid_args', z.prettifyError(parsed.error));
  // The map pairs each name with its own applier; TypeScript cannot correlate the two unions.
  const apply = appliers[name] as Applier<typeof name>;
  await apply(ctx, parsed.data as never);
}
