import { describe, expect, it } from 'vitest';
import {
  NoteSaver,
  type NoteContent,
  type NoteSaveStatus,
  type SavedNote,
} from '../../../src/renderer/features/person/noteSaver';

/** A hand-driven clock and store: the test decides when the pause ends and when a save answers. */
function harness(baseText: string | null = 'Prefers phone calls.') {
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const calls: Array<{
    content: NoteContent;
    base: string | null;
    resolve(note: SavedNote): void;
    reject(error: Error): void;
  }> = [];
  const statuses: NoteSaveStatus[] = [];
  const replaced: SavedNote[] = [];
  const saver = new NoteSaver({
    delayMs: 300,
    baseText,
    save: (content, base) => new Promise((resolve, reject) => calls.push({ content, base, resolve, reject })),
    onStatus: (status) => statuses.push(status),
    onReplaced: (note) => replaced.push(note),
    setTimer: (run) => {
      timers.set(nextTimer, run);
      return nextTimer++;
    },
    clearTimer: (handle) => timers.delete(handle as number),
  });
  const pauseEnds = () => {
    const pending = [...timers.values()];
    timers.clear();
    pending.forEach((run) => run());
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { saver, calls, statuses, replaced, timers, pauseEnds, settle };
}

const note = (text: string): NoteContent => ({ rich: `{"text":"${text}"}`, text });

describe('saving the person note', () => {
  it('waits for a pause in typing and saves only the latest text', async () => {
    const h = harness();
    h.saver.change(note('P'));
    h.saver.change(note('Pr'));
    h.saver.change(note('Prefers'));
    expect(h.calls).toHaveLength(0);
    expect(h.timers.size).toBe(1);
    h.pauseEnds();
    await h.settle();
    expect(h.calls.map((c) => c.content.text)).toEqual(['Prefers']);
    expect(h.statuses).toEqual(['pending', 'saving']);
    h.calls[0]!.resolve({ rich: note('Prefers').rich, text: 'Prefers' });
    await h.settle();
    expect(h.statuses.at(-1)).toBe('saved');
  });

  it('says which text it started from, so a concurrent edit becomes a conflict copy', async () => {
    const h = harness('Prefers phone calls.');
    h.saver.change(note('Prefers email.'));
    h.pauseEnds();
    await h.settle();
    expect(h.calls[0]!.base).toBe('Prefers phone calls.');
    h.calls[0]!.resolve({ rich: null, text: 'Prefers email.' });
    await h.settle();
    h.saver.change(note('Prefers email. Deaf in one ear.'));
    h.pauseEnds();
    await h.settle();
    // The second save starts from what the first one stored, not from the text first loaded.
    expect(h.calls[1]!.base).toBe('Prefers email.');
  });

  it('never runs two saves at once, and saves what was typed meanwhile afterwards', async () => {
    const h = harness();
    h.saver.change(note('one'));
    h.pauseEnds();
    await h.settle();
    h.saver.change(note('one two'));
    h.pauseEnds();
    await h.settle();
    expect(h.calls).toHaveLength(1);
    h.calls[0]!.resolve({ rich: null, text: 'one' });
    await h.settle();
    expect(h.calls.map((c) => c.content.text)).toEqual(['one', 'one two']);
    expect(h.calls[1]!.base).toBe('one');
    expect(h.statuses).not.toContain('saved');
  });

  it('saves at once when the agent leaves, without waiting for the pause', async () => {
    const h = harness();
    h.saver.change(note('Call after 16:00'));
    const left = h.saver.flush();
    expect(h.timers.size).toBe(0);
    await h.settle();
    expect(h.calls.map((c) => c.content.text)).toEqual(['Call after 16:00']);
    h.calls[0]!.resolve({ rich: null, text: 'Call after 16:00' });
    await left;
    expect(h.saver.hasUnsaved()).toBe(false);
  });

  it('keeps the text after a failed save and saves it on retry', async () => {
    const h = harness();
    h.saver.change(note('Needs an interpreter'));
    h.pauseEnds();
    await h.settle();
    h.calls[0]!.reject(new Error('offline'));
    await h.settle();
    expect(h.statuses.at(-1)).toBe('failed');
    expect(h.saver.hasUnsaved()).toBe(true);
    void h.saver.flush();
    await h.settle();
    expect(h.calls.map((c) => c.content.text)).toEqual(['Needs an interpreter', 'Needs an interpreter']);
  });

  it('shows the store’s note when it kept more than was sent (a conflict copy)', async () => {
    const h = harness('A');
    h.saver.change(note('B'));
    h.pauseEnds();
    await h.settle();
    h.calls[0]!.resolve({ rich: '{"merged":true}', text: 'B\n\nConflict copy: C' });
    await h.settle();
    expect(h.replaced).toEqual([{ rich: '{"merged":true}', text: 'B\n\nConflict copy: C' }]);
    expect(h.saver.baseText()).toBe('B\n\nConflict copy: C');
  });

  it('does not replace the editor when newer typing is still waiting', async () => {
    const h = harness('A');
    h.saver.change(note('B'));
    h.pauseEnds();
    await h.settle();
    h.saver.change(note('BC'));
    h.calls[0]!.resolve({ rich: null, text: 'B + someone else' });
    await h.settle();
    expect(h.replaced).toEqual([]);
  });

  it('shows a note another agent saved, unless this agent is editing or has unsaved text', async () => {
    const h = harness('A');
    h.saver.storeChanged({ rich: null, text: 'A' }, false);
    expect(h.replaced).toEqual([]);
    h.saver.storeChanged({ rich: '{"b":1}', text: 'B' }, true);
    expect(h.replaced).toEqual([]);
    h.saver.storeChanged({ rich: '{"b":1}', text: 'B' }, false);
    expect(h.replaced).toEqual([{ rich: '{"b":1}', text: 'B' }]);
    h.saver.change(note('B and mine'));
    h.saver.storeChanged({ rich: null, text: 'C' }, false);
    expect(h.replaced).toHaveLength(1);
    h.pauseEnds();
    await h.settle();
    expect(h.calls[0]!.base).toBe('B');
  });
});
