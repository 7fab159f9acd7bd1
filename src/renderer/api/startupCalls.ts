import type { ApiClient, ArgsIn, MethodName, Transport } from '../../shared/api';

/** One call to make at once, before any screen asks for it. */
export interface EarlyCall<M extends MethodName = MethodName> {
  method: M;
  args: ArgsIn<M>;
}

/** How long an early answer may wait to be asked for: after that it is too old to show as fresh. */
const KEEP_MS = 10_000;

/** Method and args as one key; the args' own key order does not matter. */
function keyOf(method: string, args: unknown): string {
  const record = (args ?? {}) as Record<string, unknown>;
  return `${method} ${JSON.stringify(record, Object.keys(record).sort())}`;
}

/**
 * Sends the start-up calls all at once, the moment the transport exists, instead of one after another as
 * the screens that need them mount (preferences, then the workspace, then the inbox's rows and counts).
 * The first identical call made through the returned client takes the answer already on its way, once;
 * a push (something changed on the desk) or KEEP_MS without a taker throws the early answers away.
 */
export function withStartupCalls(
  client: ApiClient,
  transport: Pick<Transport, 'onPush'>,
  calls: readonly EarlyCall[],
): ApiClient {
  const early = new Map<string, Promise<unknown>>();
  for (const { method, args } of calls) {
    const answer = client.call(method, args);
    // Whoever takes it handles a failure; one never taken must not be an unhandled rejection.
    answer.catch(() => undefined);
    early.set(keyOf(method, args), answer);
  }
  const forget = () => early.clear();
  const stopListening = transport.onPush(() => {
    forget();
    stopListening();
  });
  setTimeout(() => {
    forget();
    stopListening();
  }, KEEP_MS);

  return {
    call(method, args) {
      const key = keyOf(method, args);
      const answer = early.get(key);
      if (!answer) return client.call(method, args);
      early.delete(key);
      return answer as ReturnType<typeof client.call<typeof method>>;
    },
    on: (event, listener) => client.on(event, listener),
  };
}
