import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import type { SearchAnswer } from './searchMemory';
import { queryArgs, requestKey, type SearchRequest } from './searchRequest';

/** Long enough to skip the keystrokes of a word typed at speed, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 80;

export interface SearchState {
  /** The latest answer; while a new request runs it is still the previous one, so the list does not flash. */
  answer: SearchAnswer | null;
  /** The answer shown is not yet the one for the current request. */
  pending: boolean;
  /** The current request failed. */
  failed: boolean;
}

/**
 * Asks `search.query` as the agent types: once per pause of SEARCH_DEBOUNCE_MS, and only the newest
 * call may set the answer, so a slow reply to "An" never overwrites the reply to "Angström".
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

  useEffect(() => {
    // Counting every change (a cleared box too) drops replies to anything typed before it.
    const call = ++latest.current;
    if (blank) return;
    const timer = window.setTimeout(() => {
      const asked = { q, channel, status, range };
      client.call('search.query', queryArgs(asked, Date.now())).then(
        (result) => {
          if (call !== latest.current) return;
          setAnswer({ key: requestKey(asked), hits: result.hits });
          setFailedKey(null);
        },
        () => {
          if (call === latest.current) setFailedKey(requestKey(asked));
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [client, blank, q, channel, status, range]);

  const failed = failedKey === key;
  return { answer, pending: answer?.key !== key && !failed, failed };
}
