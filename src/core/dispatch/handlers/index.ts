import type { Handlers } from '../handlerTypes';
import { casesHandlers } from './cases';
import { goalsHandlers } from './goals';
import { peopleHandlers } from './people';
import { promisesHandlers } from './promises';
import { searchHandlers } from './search';
import { syncHandlers } from './sync';
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
  ...goalsHandlers,
  ...syncHandlers,
};
