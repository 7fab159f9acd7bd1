import { describe, expect, it } from 'vitest';
import {
  followSelection,
  freshMemory,
  type RowsView,
  type SelectionMemory,
} from '../../../src/renderer/features/inbox/followSelection';

/** A list of case ids; `stale` marks rows still showing data from before the last refresh. */
function rows(ids: string[], stale = false): RowsView {
  return {
    total: ids.length,
    get: (index) => (ids[index] === undefined ? undefined : { id: ids[index] }),
    isFresh: (index) => !stale && index < Math.max(ids.length, 1),
    findFresh: (test) => {
      if (stale) return null;
      const at = ids.findIndex((id) => test({ id }));
      return at < 0 ? null : at;
    },
  };
}

const remembered = (
  index: number,
  caseId: string | null,
  advanceFrom: string | null = null,
): SelectionMemory => ({
  index,
  caseId,
  advanceFrom,
});

describe('inbox selection during triage', () => {
  it('after resolving the selected case, selects the case that slid into its place', () => {
    const step = followSelection(remembered(1, 'b', 'b'), 1, rows(['a', 'c', 'd']));
    expect(step.select).toBeNull();
    expect(step.memory).toEqual(remembered(1, 'c'));
  });

  it('after assigning a case that stays in the view, moves to the row after it', () => {
    const step = followSelection(remembered(1, 'b', 'b'), 1, rows(['a', 'b', 'c']));
    expect(step.select).toBe(2);
    expect(step.memory).toEqual(remembered(2, 'c'));
  });

  it('follows an acted-on case that moved, and selects the one after it', () => {
    // A priority change reordered nothing here, but a new contact could have moved it to the top.
    const step = followSelection(remembered(2, 'c', 'c'), 2, rows(['c', 'a', 'b']));
    expect(step.select).toBe(1);
  });

  it('waits for fresh rows before moving on', () => {
    const step = followSelection(remembered(1, 'b', 'b'), 1, rows(['a', 'b', 'c'], true));
    expect(step.select).toBeNull();
    expect(step.memory.advanceFrom).toBe('b');
  });

  it('ends on the new last row when the last case was resolved', () => {
    // The list shrank, so the screen already shows the selection clamped to the last row.
    const step = followSelection(remembered(2, 'c', 'c'), 1, rows(['a', 'b']));
    expect(step.select).toBeNull();
    expect(step.memory).toEqual(remembered(1, 'b'));
  });

  it('rests at the top of an emptied view', () => {
    const step = followSelection(remembered(0, 'a', 'a'), 0, rows([]));
    expect(step.memory).toEqual(remembered(0, null));
  });

  it('lets the agent take over: a move after the action cancels the automatic step', () => {
    const step = followSelection(remembered(1, 'b', 'b'), 2, rows(['a', 'b', 'c', 'd'], true));
    expect(step.select).toBeNull();
    expect(step.memory).toEqual(remembered(2, 'c'));
  });
});

describe('inbox selection while the list changes', () => {
  it('keeps the selected case selected when a new contact moves it', () => {
    const step = followSelection(remembered(3, 'd'), 3, rows(['d', 'a', 'b', 'c']));
    expect(step.select).toBe(0);
    expect(step.memory).toEqual(remembered(0, 'd'));
  });

  it('keeps the selected case when another case moves above it', () => {
    const step = followSelection(remembered(1, 'b'), 1, rows(['x', 'a', 'b', 'c']));
    expect(step.select).toBe(2);
  });

  it('stays at the index when the selected case left the view', () => {
    const step = followSelection(remembered(1, 'b'), 1, rows(['a', 'c']));
    expect(step.select).toBeNull();
    expect(step.memory).toEqual(remembered(1, 'c'));
  });

  it('learns which case is selected once its row arrives', () => {
    const step = followSelection(freshMemory(0), 0, rows(['a', 'b']));
    expect(step).toEqual({ select: null, memory: remembered(0, 'a') });
  });

  it('does nothing while the rows are stale', () => {
    const step = followSelection(remembered(0, 'a'), 0, rows(['b', 'a'], true));
    expect(step.select).toBeNull();
    expect(step.memory).toEqual(remembered(0, 'a'));
  });
});
