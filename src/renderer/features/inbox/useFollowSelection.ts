import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { InboxRow } from '../../../shared/domain';
import { takeFinishedCase } from './finishedCase';
import { followSelection, freshMemory, type SelectionMemory } from './followSelection';
import type { PageCache } from './pageCache';

/**
 * Runs followSelection whenever the rows or the selection change, and returns `advanceAfter(caseId)`:
 * call it after acting on the selected case, and the selection moves on once the list has refreshed.
 * A case finished in the case screen (resolve, snooze) counts as acted on when the inbox comes back.
 */
export function useFollowSelection(
  cache: PageCache<InboxRow>,
  selected: number,
  onSelect: (index: number) => void,
): (caseId: string) => void {
  const version = useSyncExternalStore(cache.subscribe, cache.getVersion);
  const state = useRef<{ cache: PageCache<InboxRow>; memory: SelectionMemory } | null>(null);
  const selectedNow = useRef(selected);

  useEffect(() => {
    selectedNow.current = selected;
    if (state.current?.cache !== cache) {
      const finished = takeFinishedCase();
      state.current = { cache, memory: { ...freshMemory(selected), advanceFrom: finished } };
    }
    const step = followSelection(state.current.memory, selected, cache);
    state.current.memory = step.memory;
    if (step.select !== null) onSelect(step.select);
  }, [cache, version, selected, onSelect]);

  return useCallback((caseId: string) => {
    if (!state.current) return;
    state.current.memory = { index: selectedNow.current, caseId, advanceFrom: caseId };
  }, []);
}
