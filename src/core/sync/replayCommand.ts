import { methods, type Args } from '../../shared/api';
import { mutationArgs } from '../../shared/sync';
import { assignCase } from '../commands/cases/assignCase';
import { markCaseUnread } from '../commands/cases/markCaseUnread';
import { setCasePriority } from '../commands/cases/setCasePriority';
import { setCaseStatus } from '../commands/cases/setCaseStatus';
import { snoozeCase } from '../commands/cases/snoozeCase';
import { wakeCase } from '../commands/cases/wakeCase';
import type { CommandContext } from '../commands/context';
import { addContactPoint } from '../commands/people/addContactPoint';
import { mergePeople } from '../commands/people/mergePeople';
import { setPersonNote } from '../commands/people/setPersonNote';
import { setPersonalAgent } from '../commands/people/setPersonalAgent';
import { unmergePeople } from '../commands/people/unmergePeople';
import { updatePerson } from '../commands/people/updatePerson';
import { makePromise } from '../commands/promises/makePromise';
import { cancelPromise, keepPromise } from '../commands/promises/resolvePromise';
import type { CommandName, MethodCommandName } from '../commands/runCommand';
import { addNote } from '../commands/timeline/addNote';
import { logContact } from '../commands/timeline/logContact';
import { sendReply } from '../commands/timeline/sendReply';

type Replayer = (ctx: CommandContext, args: unknown) => void;

/** A contract command, its recorded args validated again (the outbox is data from the past). */
function command<N extends MethodCommandName>(
  name: N,
  run: (ctx: CommandContext, args: Args<N>) => unknown,
): Replayer {
  return (ctx, raw) => {
    run(ctx, methods[name].args.parse(raw) as Args<N>);
  };
}

/** The same commands the dispatcher runs, by name: re-applying one reuses its code, never a copy of it. */
const replayers: Record<CommandName, Replayer> = {
  'notes.add': command('notes.add', addNote),
  'replies.send': command('replies.send', sendReply),
  'contacts.log': command('contacts.log', logContact),
  'cases.setStatus': command('cases.setStatus', setCaseStatus),
  'cases.snooze': command('cases.snooze', snoozeCase),
  'cases.setPriority': command('cases.setPriority', setCasePriority),
  'cases.markUnread': command('cases.markUnread', markCaseUnread),
  'cases.assign': command('cases.assign', assignCase),
  'promises.make': command('promises.make', makePromise),
  'promises.keep': command('promises.keep', keepPromise),
  'promises.cancel': command('promises.cancel', cancelPromise),
  'people.setNote': command('people.setNote', setPersonNote),
  'people.update': command('people.update', updatePerson),
  'people.setPersonalAgent': command('people.setPersonalAgent', setPersonalAgent),
  'people.addContactPoint': command('people.addContactPoint', addContactPoint),
  'people.merge': command('people.merge', mergePeople),
  'people.unmerge': command('people.unmerge', unmergePeople),
  'cases.wake': (ctx, raw) => {
    const args = mutationArgs['cases.wake'].parse(raw);
    wakeCase(ctx, args.caseId, args.snoozedUntil);
  },
};

function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(replayers, name);
}

/**
 * Re-applies a queued command on the store as it is now, with the ids and the time it was made, and
 * without queueing it again (`ctx.replay`). Throws when it no longer applies (the case is gone, the
 * promise was kept meanwhile …): then only the hub's answer will tell.
 */
export function replayCommand(
  ctx: Omit<CommandContext, 'replay'>,
  name: string,
  args: Record<string, unknown>,
): void {
  if (!isCommandName(name)) throw new Error(`This desk does not know the command "${name}".`);
  replayers[name]({ ...ctx, replay: { ids: args } }, args);
}
