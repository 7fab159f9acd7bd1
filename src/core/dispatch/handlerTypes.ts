import type { Args, MethodName, PushEventName, PushPayload, Result } from '../../shared/api';
import type { PreferencesPort } from '../ports';
import type { QueryContext } from '../queries/context';
import type { Db } from '../store/openStore';

/** Sends one push event to every listener (every open window or browser tab). */
export type Push = <E extends PushEventName>(event: E, payload: PushPayload<E>) => void;

/** What a handler gets besides its validated args; `now` is read once per request. */
export interface HandlerContext extends QueryContext {
  db: Db;
  prefs: PreferencesPort;
  push: Push;
}

export type Handler<M extends MethodName> = (
  args: Args<M>,
  ctx: HandlerContext,
) => Result<M> | Promise<Result<M>>;

/** One handler per contract method: a missing or mistyped handler is a compile error. */
export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of one feature; features combine into `Handlers`. */
export type HandlersFor<M extends MethodName> = { [K in M]: Handler<K> };
