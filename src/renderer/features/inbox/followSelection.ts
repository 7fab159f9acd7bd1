/** The parts of the page cache the selection logic reads (kept narrow so tests need no cache). */
export interface RowsView {
  readonly total: number | null;
  get(index: number): { id: string } | undefined;
  isFresh(index: number): boolean;
  findFresh(test: (row: { id: string }) => boolean): number | null;
}

/** What the list remembers about its selection between renders. */
export interface SelectionMemory {
  /** The index last seen selected. */
  index: number;
  /** The case shown there, once its row has loaded. */
  caseId: string | null;
  /** A case just acted on from here (resolved, assigned, …): select the one after it once the rows are fresh. */
  advanceFrom: string | null;
}

export const freshMemory = (index: number): SelectionMemory => ({ index, caseId: null, advanceFrom: null });

export interface SelectionStep {
  /** The index to select now, or null to leave the selection alone. */
  select: number | null;
  memory: SelectionMemory;
}

const clamp = (index: number, total: number) => Math.max(0, Math.min(index, total - 1));

/**
 * Keeps the selection on the same case while the list changes under it, and moves it on after an action,
 * the way a mail client does:
 * - after an action on the selected case, once the rows are fresh: the row after that case if it is still
 *   in the view, else the row now in its place (the next case slid up);
 * - when the agent moved the selection, nothing to do but remember the case now selected;
 * - when fresh rows show another case at the selected index (a new contact reordered the list), the
 *   selection follows its case if it is still loaded, else stays at the index.
 */
export function followSelection(memory: SelectionMemory, selected: number, rows: RowsView): SelectionStep {
  const total = rows.total ?? 0;
  const stay = (next: SelectionMemory): SelectionStep => ({ select: null, memory: next });
  const moveTo = (index: number, caseId: string | null = rows.get(index)?.id ?? null): SelectionStep => ({
    select: index === selected ? null : index,
    memory: { index, caseId, advanceFrom: null },
  });

  if (memory.advanceFrom !== null && memory.index === selected) {
    if (rows.total === null || !rows.isFresh(selected) || total === 0) {
      return total === 0 && rows.total !== null ? moveTo(0, null) : stay(memory);
    }
    const acted = memory.advanceFrom;
    const at = rows.findFresh((row) => row.id === acted);
    return moveTo(clamp(at === null ? selected : at + 1, total));
  }
  if (memory.index !== selected)
    return stay({ index: selected, caseId: rows.get(selected)?.id ?? null, advanceFrom: null });

  const row = rows.get(selected);
  if (!row) return stay(memory);
  if (memory.caseId === null || row.id === memory.caseId) return stay({ ...memory, caseId: row.id });
  if (!rows.isFresh(selected)) return stay(memory);
  const wanted = memory.caseId;
  const at = rows.findFresh((candidate) => candidate.id === wanted);
  return at === null ? stay({ ...memory, caseId: row.id }) : moveTo(at, wanted);
}
