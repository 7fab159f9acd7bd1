import type { CasePromise } from '../../../shared/domain';
import { makePromise } from '../../commands/promises/makePromise';
import { cancelPromise, keepPromise } from '../../commands/promises/resolvePromise';
import type { HandlerContext, HandlersFor } from '../handlerTypes';
import { announceCommand } from './announce';

function announced<R extends { promise: CasePromise }>(ctx: HandlerContext, result: R): R {
  announceCommand(ctx, { caseId: result.promise.caseId, personId: result.promise.personId });
  return result;
}

export const promisesHandlers = {
  'promises.make': (args, ctx) => announced(ctx, makePromise(ctx, args)),
  'promises.keep': (args, ctx) => announced(ctx, keepPromise(ctx, args)),
  'promises.cancel': (args, ctx) => announced(ctx, cancelPromise(ctx, args)),
} satisfies HandlersFor<'promises.make' | 'promises.keep' | 'promises.cancel'>;
