import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DRAFT_DEBOUNCE_MS,
  DraftAutosave,
  type DraftContent,
} from '../../../src/renderer/features/case/composer/draftAutosave';

const draft = (text: string): DraftContent => ({ content: JSON.stringify({ text }), text });

function setup(stored = false) {
  const writes: string[] = [];
  const store = {
    save: vi.fn(async (d: DraftContent) => void writes.push(`save:${d.text}`)),
    discard: vi.fn(async () => void writes.push('discard')),
  };
  const autosave = new DraftAutosave(store, { stored });
  return { autosave, store, writes };
}

describe('draft autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the latest text once typing pauses, within 300 ms of the last keystroke', async () => {
    expect(DRAFT_DEBOUNCE_MS).toBeLessThanOrEqual(250);
    const { autosave, writes } = setup();
    autosave.change(draft('H'));
    await vi.advanceTimersByTimeAsync(100);
    autosave.change(draft('He'));
    await vi.advanceTimersByTimeAsync(100);
    autosave.change(draft('Hej'));
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS - 1);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual(['save:Hej']);
  });

  it('writes at once on flush (leaving the case) and not again afterwards', async () => {
    const { autosave, writes } = setup();
    autosave.change(draft('Halvskriven'));
    await autosave.flush();
    expect(writes).toEqual(['save:Halvskriven']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual(['save:Halvskriven']);
  });

  it('removes the stored draft when the editor is emptied', async () => {
    const { autosave, writes } = setup(true);
    autosave.change(draft('   '));
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(writes).toEqual(['discard']);
  });

  it('writes nothing for an empty editor when no draft is stored', async () => {
    const { autosave, writes } = setup(false);
    autosave.change(draft(''));
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
  });

  it('emptying the editor right after a save still removes that draft', async () => {
    const { autosave, writes } = setup(false);
    autosave.change(draft('Oops'));
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    autosave.change(draft(''));
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(writes).toEqual(['save:Oops', 'discard']);
  });

  it('after a send, forgets what waited and removes the draft', async () => {
    const { autosave, writes } = setup(true);
    autosave.change(draft('Skickat svar'));
    await autosave.discard();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual(['discard']);
    // The editor is cleared after the send; that needs no further write.
    autosave.change(draft(''));
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual(['discard']);
  });

  it('reports a failed write and keeps working', async () => {
    const onError = vi.fn();
    const save = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const autosave = new DraftAutosave({ save, discard: vi.fn() }, { stored: false, onError });
    autosave.change(draft('Första'));
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(onError).toHaveBeenCalledOnce();
    autosave.change(draft('Andra'));
    await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    expect(save).toHaveBeenLastCalledWith(draft('Andra'));
  });
});
