import type { Args, MethodName } from '../../shared/api';
import type { CommandContext } from './context';
import { appendToOutbox } from './outbox';

/** The contract methods that change shared state; each is applied locally and queued for the hub. */
export const commandNames = [
  'notes.add',
  'replies.send',
  'contacts.log',
  'cases.setStatus',
  'cases.snooze',
  'cases.setPriority',
  'cases.markUnread',
  'cases.assign',
  'promises.make',
  'promises.keep',
  'promises.cancel',
  'people.setNote',
  'people.update',
  'people.setPersonalAgent',
  'people.addContactPoint',
  'people.merge',
  'people.unmerge',
] as const satisfies readonly MethodName[];
export type MethodCommandName = (typeof commandNames)[number];

/**
 * Commands core makes on its own, with no contract method behind them; they reach the hub through
 * the outbox like any other. `cases.wake`: a snooze ran out (the scheduler), applied only while the
 * case is still snoozed until that very time, so replaying it is harmless.
 */
export interface InternalCommandArgs {
  'cases.wake': { caseId: string; snoozedUntil: number };
}
export const internalCommandNames = ['cases.wake'] as const satisfies readonly (keyof InternalCommandArgs)[];

export type CommandName = MethodCommandName | keyof InternalCommandArgs;
export type CommandArgs<N extends CommandName> = N extends MethodCommandName
  ? Args<N>
  : N extends keyof InternalCommandArgs
    ? InternalCommandArgs[N]
    : never;

/** Ids a command generated (event, promise …), recorded so the hub replays it with the very same ids. */
export type GeneratedIds = Record<string, string>;

/**
 * Applies one named command and appends it to the outbox in the same transaction: the change is either
 * made and queued for the hub, or (when `apply` throws) neither. The outbox keeps the validated args
 * together with the generated ids.
 */
export function runCommand<N extends CommandName, T>(
  ctx: CommandContext,
  name: N,
  args: CommandArgs<N>,
  generated: GeneratedIds,
  apply: () => T,
): T {
  return ctx.db.transaction(() => {
    const result = apply();
    // A command sync re-applies (rebase) is still in the outbox; queueing it again would send it twice.
    if (ctx.replay === undefined) {
      appendToOutbox(ctx.db, { name, args: { ...args, ...generated }, createdAt: ctx.now });
    }
    return result;
  })();
}
