import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArgsIn, MethodName, PushEventName, Result } from '../../shared/api';
import { useApi } from './ApiProvider';

export interface QueryState<M extends MethodName> {
  /** The last good result; kept while a refetch runs so the screen does not flash. */
  data: Result<M> | undefined;
  error: Error | null;
  loading: boolean;
}

export interface QueryOptions {
  /** Push events after which the result is stale. */
  refetchOn?: readonly PushEventName[];
  /** When set, a `case.changed` push about another case is ignored. */
  caseId?: string;
}

interface Settled<M extends MethodName> {
  /** The args (as JSON) the answer is for; null before the first answer. */
  key: string | null;
  data?: Result<M>;
  error: Error | null;
  refetching: boolean;
}

/**
 * Calls one API method and keeps its result, refetching when `args` change or a relevant push
 * arrives. Answers that arrive out of order are dropped: only the latest call may set the state.
 */
export function useQuery<M extends MethodName>(
  method: M,
  args: ArgsIn<M>,
  options: QueryOptions = {},
): QueryState<M> {
  const client = useApi();
  const argsKey = JSON.stringify(args);
  const [state, setState] = useState<Settled<M>>({ key: null, error: null, refetching: false });
  const latest = useRef(0);
  const caseIdRef = useRef(options.caseId);
  useEffect(() => {
    caseIdRef.current = options.caseId;
  });

  const fetchNow = useCallback(() => {
    const call = ++latest.current;
    client.call(method, JSON.parse(argsKey) as ArgsIn<M>).then(
      (data) => {
        if (call === latest.current) setState({ key: argsKey, data, error: null, refetching: false });
      },
      (error: unknown) => {
        if (call !== latest.current) return;
        const err = error instanceof Error ? error : new Error(String(error));
        setState((s) => ({ ...s, key: argsKey, error: err, refetching: false }));
      },
    );
  }, [client, method, argsKey]);

  useEffect(fetchNow, [fetchNow]);

  const refetchOnKey = (options.refetchOn ?? []).join(',');
  useEffect(() => {
    if (!refetchOnKey) return;
    const events = refetchOnKey.split(',') as PushEventName[];
    const offs = events.map((event) =>
      client.on(event, (payload) => {
        const caseId = caseIdRef.current;
        if (
          event === 'case.changed' &&
          caseId !== undefined &&
          (payload as { caseId: string }).caseId !== caseId
        ) {
          return;
        }
        setState((s) => ({ ...s, refetching: true }));
        fetchNow();
      }),
    );
    return () => offs.forEach((off) => off());
  }, [client, fetchNow, refetchOnKey]);

  // Data for other args is not this query's answer; it is kept only while the new answer loads.
  return { data: state.data, error: state.error, loading: state.refetching || state.key !== argsKey };
}
