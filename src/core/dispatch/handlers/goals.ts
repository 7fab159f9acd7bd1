import { getGoals } from '../../queries/goals';
import type { HandlersFor } from '../handlerTypes';

export const goalsHandlers = {
  'goals.get': (args, ctx) => getGoals(ctx.db, ctx, args),
} satisfies HandlersFor<'goals.get'>;
