import type { TimelineEvent } from '../../../shared/domain';
import { addNote } from '../../commands/timeline/addNote';
import { logContact } from '../../commands/timeline/logContact';
import { sendReply } from '../../commands/timeline/sendReply';
import type { HandlerContext, HandlersFor } from '../handlerTypes';
import { announceCommand } from './announce';

function announced<R extends { event: TimelineEvent }>(ctx: HandlerContext, result: R): R {
  announceCommand(ctx, { caseId: result.event.caseId, personId: result.event.personId });
  return result;
}

export const timelineHandlers = {
  'notes.add': (args, ctx) => announced(ctx, addNote(ctx, args)),
  'replies.send': (args, ctx) => announced(ctx, sendReply(ctx, args)),
  'contacts.log': (args, ctx) => announced(ctx, logContact(ctx, args)),
} satisfies HandlersFor<'notes.add' | 'replies.send' | 'contacts.log'>;
