export type Outcome<R> = { ok: true; value: R } | { ok: false };

export interface OneInFlight<A> {
  /** Sends now when nothing is in flight; otherwise waits, replacing whatever was waiting. */
  ask(args: A): void;
  /** Forgets what is waiting (the question no longer stands). */
  dropWaiting(): void;
}

/**
 * At most one request in flight: what is asked meanwhile is sent when it returns, and only the newest
 * of it, so a burst of keystrokes costs two requests, not one each, and none waits on a timer.
 */
export function oneInFlight<A, R>(
  run: (args: A) => Promise<R>,
  settled: (args: A, outcome: Outcome<R>) => void,
): OneInFlight<A> {
  let busy = false;
  let waiting: { args: A } | null = null;
  const send = (args: A): void => {
    busy = true;
    void run(args)
      .then(
        (value): Outcome<R> => ({ ok: true, value }),
        (): Outcome<R> => ({ ok: false }),
      )
      .then((outcome) => {
        busy = false;
        settled(args, outcome);
        const queued = waiting;
        waiting = null;
        if (queued !== null) send(queued.args);
      });
  };
  return {
    ask(args) {
      if (busy) waiting = { args };
      else send(args);
    },
    dropWaiting() {
      waiting = null;
    },
  };
}
