import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { oneInFlight, type OneInFlight } from './oneInFlight';
import type { SearchAnswer } from './searchMemory';
import { queryArgs, requestKey, type SearchRequest } from './searchRequest';

/** One question: its number (only the newest may set the answer) and what it asks. */
interface Asked {
  call: number;
  asked: SearchRequest;
}

export interface SearchState {
  /** The latest answer; while a new request runs it is still the previous one, so the list does not flash. */
  answer: SearchAnswer | null;
  /** The answer shown is not yet the one for the current request. */
  pending: boolean;
  /** The current request failed. */
  failed: boolean;
}

/**
 * Asks `search.query` as the agent types, with no delay: at most one request is in flight, and what is
 * typed meanwhile is asked as soon as it returns (oneInFlight.ts).
 * A fixed pause per keystroke (80 ms before) cost most of the 100 ms an answer may take, and at typing
 * speed (a key every 150–200 ms) it skipped nothing. Only the newest call may set the answer, so a slow
 * reply to "An" never overwrites the reply to "Angström".
 */
export function useSearchAnswer(request: SearchRequest, initial: SearchAnswer | null): SearchState {
  const client = useApi();
  const [answer, setAnswer] = useState(initial);
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const latest = useRef(0);
  const { q, channel, status, range } = request;
  const key = requestKey(request);

  // A cleared box forgets the old answer, so the next word typed never flashes the previous results.
  const blank = q.trim() === '';
  const [wasBlank, setWasBlank] = useState(blank);
  if (blank !== wasBlank) {
    setWasBlank(blank);
    if (blank) setAnswer(null);
  }

  const asker = useRef<OneInFlight<Asked> | null>(null);
  useEffect(() => {
    const current = oneInFlight(
      ({ asked }: Asked) => client.call('search.query', queryArgs(asked, Date.now())),
      ({ call, asked }, outcome) => {
        if (call !== latest.current) return;
        if (outcome.ok) {
          setAnswer({ key: requestKey(asked), hits: outcome.value.hits, indexing: outcome.value.indexing });
          setFailedKey(null);
        } else {
          setFailedKey(requestKey(asked));
        }
      },
    );
    asker.current = current;
    return () => current.dropWaiting();
  }, [client]);

  useEffect(() => {
    // Counting every change (a cleared box too) drops replies to anything typed before it.
    const call = ++latest.current;
    if (blank) asker.current?.dropWaiting();
    else asker.current?.ask({ call, asked: { q, channel, status, range } });
  }, [client, blank, q, channel, status, range]);

  const failed = failedKey === key;
  return { answer, pending: answer?.key !== key && !failed, failed };
}
