import { useSyncExternalStore } from 'react';

/**
 * The index of the selected inbox row, kept outside React state: a j/k press then re-renders only what
 * reads it (the two rows whose selection changed, the actions for the selected case), not the app.
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
export function clampSelection(index: number, total: number | null): number {
  return Math.min(index, Math.max((total ?? 0) - 1, 0));
}

/** The selected index, clamped; re-renders the caller when it moves. */
export function useSelectedIndex(selection: InboxSelection, total: number | null): number {
  return clampSelection(useSyncExternalStore(selection.subscribe, selection.get), total);
}

/** Whether row `index` of `total` is the selected one; re-renders the caller only when that changes. */
export function useIsSelected(selection: InboxSelection, index: number, total: number): boolean {
  return useSyncExternalStore(selection.subscribe, () => clampSelection(selection.get(), total) === index);
}
