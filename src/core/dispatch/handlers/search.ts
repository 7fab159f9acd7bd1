import { searchAll } from '../../queries/search';
import type { HandlersFor } from '../handlerTypes';

export const searchHandlers = {
  'search.query': (args, ctx) => searchAll(ctx.db, ctx, args),
} satisfies HandlersFor<'search.query'>;
