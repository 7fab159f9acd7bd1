import type { ApiClient, ArgsIn, MethodName, Transport } from '../../shared/api';

/** Sends a call now, before whoever needs its answer has asked (see withEarlyCalls). */
export type SendAhead = <M extends MethodName>(method: M, args: ArgsIn<M>) => void;

/** How long an early answer may wait to be asked for: after that it is too old to show as fresh. */
const KEEP_MS = 10_000;

/** Method and args as one key; the args' own key order does not matter. */
function keyOf(method: string, args: unknown): string {
  const record = (args ?? {}) as Record<string, unknown>;
  return `${method} ${JSON.stringify(record, Object.keys(record).sort())}`;
}

/**
 * Calls sent ahead of need: at start-up all at once, the moment the transport exists, instead of one
 * after another as the screens that need them mount (preferences, workspace, the inbox's rows and
 * counts); and a case's data on the key press that opens it, while the screen is still being drawn.
 * The first identical call made through the returned client takes the answer already on its way, once;
 * a push (something changed on the desk) or KEEP_MS without a taker throws early answers away.
 */
export function withEarlyCalls(
  client: ApiClient,
  transport: Pick<Transport, 'onPush'>,
): { client: ApiClient; sendAhead: SendAhead } {
  const early = new Map<string, Promise<unknown>>();
  // A status push changes only the sync status, which the desk pushes after every command and sync step;
  // any other push may change what every early answer holds.
  transport.onPush((push) => {
    if (push.event === 'sync.status') early.delete(keyOf('sync.status', {}));
    else early.clear();
  });

  const sendAhead: SendAhead = (method, args) => {
    const key = keyOf(method, args);
    const answer = client.call(method, args);
    // Whoever takes it handles a failure; one never taken must not be an unhandled rejection.
    answer.catch(() => undefined);
    early.set(key, answer);
    setTimeout(() => {
      if (early.get(key) === answer) early.delete(key);
    }, KEEP_MS);
  };

  const wrapped: ApiClient = {
    call(method, args) {
      const key = keyOf(method, args);
      const answer = early.get(key);
      if (!answer) return client.call(method, args);
      early.delete(key);
      return answer as ReturnType<typeof client.call<typeof method>>;
    },
    on: (event, listener) => client.on(event, listener),
  };
  return { client: wrapped, sendAhead };
}
