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
  'cases.assign',
  'promises.make',
  'promises.keep',
  'promises.cancel',
] as const satisfies readonly MethodName[];
export type CommandName = (typeof commandNames)[number];

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
  args: Args<N>,
  generated: GeneratedIds,
  apply: () => T,
): T {
  return ctx.db.transaction(() => {
    const result = apply();
    appendToOutbox(ctx.db, { name, args: { ...args, ...generated }, createdAt: ctx.now });
    return result;
  })();
}
