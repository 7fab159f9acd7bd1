import { useEffect, useState } from 'react';
import { whenIdle } from '../../shell/whenIdle';

/** How many of the newest events the first paint of a case shows: more than its feed holds on a desktop screen. */
export const FIRST_EVENTS = 20;
/** How many older events each later chunk adds: one short task each, so keys and typing stay quick. */
export const CHUNK_EVENTS = 60;

/**
 * How many of the oldest items a feed leaves out for now. A long case history (hundreds of events)
 * opens with its newest events painted first; the older ones are added above them in idle-time chunks
 * until every event is in the page, for screen readers, keys and scrolling alike. Items arriving later
 * (new events) are never held back.
 */
export function useNewestFirst(total: number, first = FIRST_EVENTS, chunk = CHUNK_EVENTS): number {
  // Null until there are items: the count to hold back is fixed by the first answer.
  const [heldBack, setHeldBack] = useState<number | null>(null);
  if (heldBack === null && total > 0) setHeldBack(Math.max(0, total - first));

  useEffect(() => {
    if (!heldBack) return;
    const more = () => setHeldBack((held) => Math.max(0, (held ?? 0) - chunk));
    // An idle moment, or at the latest soon after: the history must fill even on a busy machine.
    return whenIdle(more, 100);
  }, [heldBack, chunk]);

  return Math.min(heldBack ?? 0, total);
}
