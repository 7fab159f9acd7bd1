import { ApiError, ErrorCode } from './errors';
import type { PushEnvelope, Reply, RequestEnvelope } from './envelopes';
import type { ArgsIn, MethodName, PushEventName, PushPayload, Result } from './contract';

/** What a host gives the renderer: the preload bridge in Electron, a WebSocket in the browser. */
export interface Transport {
  request(envelope: RequestEnvelope): Promise<Reply>;
  onPush(listener: (push: PushEnvelope) => void): () => void;
}

export interface ApiClient {
  call<M extends MethodName>(method: M, args: ArgsIn<M>): Promise<Result<M>>;
  on<E extends PushEventName>(event: E, listener: (payload: PushPayload<E>) => void): () => void;
}

/** The one typed client; it does not know which transport it runs on. Failures throw ApiError. */
export function createClient(transport: Transport): ApiClient {
  let nextId = 1;
  return {
    async call(method, args) {
      const reply = await transport.request({ id: nextId++, method, args: args ?? {} });
      if (reply.ok) return reply.value as Result<typeof method>;
      const code = ErrorCode.safeParse(reply.error.code);
      throw new ApiError(code.success ? code.data : 'internal', reply.error.message);
    },
    on(event, listener) {
      return transport.onPush((push) => {
        if (push.event === event) listener(push.payload as PushPayload<typeof event>);
      });
    },
  };
}
