import { useSyncExternalStore } from 'react';

/**
 * The index of the selected inbox row, kept outside React state: a j/k press then re-renders only what
 * reads it (the list, its two changed rows, the actions for the selected case), not the app around it.
 * It lives as long as the inbox memory, so Esc back from a case finds the same row selected.
 */
export class InboxSelection {
  private index = 0;
  private readonly listeners = new Set<() => void>();

  get = (): number => this.index;

  set = (index: number): void => {
    if (index === this.index) return;
    this.index = index;
    for (const listener of this.listeners) listener();
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The selected index, clamped to the rows there are (the list may have shrunk under it). */
export function useSelectedIndex(selection: InboxSelection, total: number | null): number {
  const index = useSyncExternalStore(selection.subscribe, selection.get);
  return Math.min(index, Math.max((total ?? 0) - 1, 0));
}
