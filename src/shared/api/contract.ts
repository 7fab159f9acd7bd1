import type { z } from 'zod';
import { casesMethods } from './methods/cases';
import { goalsMethods } from './methods/goals';
import { peopleMethods } from './methods/people';
import { promisesMethods } from './methods/promises';
import { searchMethods } from './methods/search';
import { syncMethods } from './methods/sync';
import { timelineMethods } from './methods/timeline';
import { workspaceMethods } from './methods/workspace';
import { pushEvents } from './pushEvents';

/** The one method map. Every transport, the dispatcher and the renderer's client derive from it. */
export const methods = {
  ...casesMethods,
  ...timelineMethods,
  ...peopleMethods,
  ...promisesMethods,
  ...searchMethods,
  ...workspaceMethods,
  ...goalsMethods,
  ...syncMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (defaults may be omitted). */
export type ArgsIn<M extends MethodName> = z.input<Methods[M]['args']>;
/** What a handler receives, after validation filled the defaults. */
export type Args<M extends MethodName> = z.output<Methods[M]['args']>;
export type Result<M extends MethodName> = z.output<Methods[M]['result']>;

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

export { pushEvents };
export type PushEvents = typeof pushEvents;
export type PushEventName = keyof PushEvents;
export type PushPayload<E extends PushEventName> = z.output<PushEvents[E]>;
