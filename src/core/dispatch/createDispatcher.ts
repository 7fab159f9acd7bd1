import { z } from 'zod';
import {
  ApiError,
  RequestEnvelope,
  isMethodName,
  methods,
  type Args,
  type ArgsIn,
  type ErrorCode,
  type MethodName,
  type Reply,
} from '../../shared/api';
import type { Logger } from '../ports';
import type { HandlerContext, Handlers } from './handlerTypes';

type RequestId = RequestEnvelope['id'];

/** What the agent sees when something unexpected failed; the details go to the log only. */
export const INTERNAL_MESSAGE = 'Something went wrong in Nära. The details were logged.';

/**
 * The one entry point of every transport: parses the envelope, validates the args once with the method's
 * schema, runs the handler, and always answers with a reply envelope (it never throws).
 */
export function createDispatcher(
  handlers: Handlers,
  logger: Logger,
  context: () => HandlerContext,
): (request: unknown) => Promise<Reply> {
  return async function dispatch(request) {
    const envelope = RequestEnvelope.safeParse(request);
    if (!envelope.success) {
      return failure(readableId(request), 'bad_request', 'A request needs an id, a method name and args.');
    }
    const { id, method, args } = envelope.data;
    if (!isMethodName(method)) return failure(id, 'unknown_method', `There is no method named "${method}".`);
    try {
      return { id, ok: true, value: await run(handlers, method, args, context) };
    } catch (error) {
      if (error instanceof ApiError) return failure(id, error.code, error.message);
      logger.error('A request failed unexpectedly', {
        method,
        error: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      });
      return failure(id, 'internal', INTERNAL_MESSAGE);
    }
  };
}

async function run<M extends MethodName>(
  handlers: Handlers,
  method: M,
  rawArgs: unknown,
  context: () => HandlerContext,
): Promise<unknown> {
  // Indexing the method map with a generic M loses the link between schema and Args<M>; this restores it.
  const schema = methods[method].args as unknown as z.ZodType<Args<M>, ArgsIn<M>>;
  const parsed = schema.safeParse(rawArgs);
  if (!parsed.success) throw new ApiError('invalid_args', z.prettifyError(parsed.error));
  const handler: Handlers[M] = handlers[method];
  return await handler(parsed.data, context());
}

function failure(id: RequestId | null, code: ErrorCode, message: string): Reply {
  return { id, ok: false, error: { code, message } };
}

/** A malformed request still gets its id back when the id itself is fine, so the caller can match the reply. */
function readableId(request: unknown): RequestId | null {
  if (typeof request !== 'object' || request === null || !('id' in request)) return null;
  const id = RequestEnvelope.shape.id.safeParse(request.id);
  return id.success ? id.data : null;
}
