import type { Handlers } from '../handlerTypes';
import { casesHandlers } from './cases';
import { peopleHandlers } from './people';
import { promisesHandlers } from './promises';
import { searchHandlers } from './search';
import { timelineHandlers } from './timeline';
import { workspaceHandlers } from './workspace';

/** Every contract method's handler, combined from the features. */
export const handlers: Handlers = {
  ...casesHandlers,
  ...timelineHandlers,
  ...promisesHandlers,
  ...peopleHandlers,
  ...searchHandlers,
  ...workspaceHandlers,
};
