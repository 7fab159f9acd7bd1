import { getPersonDetail } from '../../queries/personDetail';
import type { HandlersFor } from '../handlerTypes';

export const peopleHandlers = {
  'people.get': (args, ctx) => getPersonDetail(ctx.db, ctx, args),
} satisfies HandlersFor<'people.get'>;
