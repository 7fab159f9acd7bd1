import { describe, expect, it } from 'vitest';
import { ChordCapture, strokeText } from '../../../src/renderer/keyboard/chordCapture';
import { KeymapMatcher, resolveBindings, type KeyEventLike } from '../../../src/renderer/keyboard/keymap';

function key(k: string, mods: Partial<Omit<KeyEventLike, 'key'>> = {}): KeyEventLike {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

describe('taking a new shortcut in Settings', () => {
  it('a plain key waits for a possible second key, then is taken alone', () => {
    const capture = new ChordCapture('other');
    expect(capture.feed(key('y'))).toEqual({ kind: 'waiting', chord: 'y' });
    expect(capture.finish()).toBe('y');
  });

  it('two plain keys make a sequence like "g i"', () => {
    const capture = new ChordCapture('other');
    capture.feed(key('g'));
    expect(capture.feed(key('i'))).toEqual({ kind: 'done', chord: 'g i' });
  });

  it('Ctrl+key is a chord at once, written Mod so it means Cmd on a Mac', () => {
    expect(new ChordCapture('other').feed(key('k', { ctrlKey: true }))).toEqual({
      kind: 'done',
      chord: 'Mod+k',
    });
    expect(new ChordCapture('mac').feed(key('k', { metaKey: true }))).toEqual({
      kind: 'done',
      chord: 'Mod+k',
    });
    expect(new ChordCapture('mac').feed(key('k', { ctrlKey: true }))).toEqual({
      kind: 'done',
      chord: 'Ctrl+k',
    });
  });

  it('ignores a modifier pressed on its own and dead keys', () => {
    const capture = new ChordCapture('other');
    expect(capture.feed(key('Shift', { shiftKey: true }))).toEqual({ kind: 'ignored' });
    expect(capture.feed(key('Control', { ctrlKey: true }))).toEqual({ kind: 'ignored' });
    expect(capture.feed(key('Dead'))).toEqual({ kind: 'ignored' });
    expect(capture.finish()).toBeNull();
  });

  it('writes Shift for letters but not for "?" (which is Shift+/ already)', () => {
    expect(strokeText(key('A', { shiftKey: true }), 'other')).toBe('Shift+a');
    expect(strokeText(key('?', { shiftKey: true }), 'other')).toBe('?');
    expect(strokeText(key('Enter', { ctrlKey: true }), 'other')).toBe('Mod+Enter');
    expect(strokeText(key(' '), 'other')).toBe('Space');
    expect(strokeText(key('+'), 'other')).toBe('+');
  });

  it('a taken chord is pressed with the same keys that were captured', () => {
    const presses = [
      [key('y')],
      [key('g'), key('x')],
      [key('k', { ctrlKey: true })],
      [key('A', { shiftKey: true })],
      [key('?', { shiftKey: true })],
      [key(' ')],
      [key('+')],
      [key('+', { ctrlKey: true })],
      [key('F2')],
    ];
    for (const strokes of presses) {
      const capture = new ChordCapture('other');
      strokes.forEach((stroke) => capture.feed(stroke));
      const chord = capture.finish()!;
      const matcher = new KeymapMatcher(resolveBindings({ 'list.next': chord }, 'other'));
      const results = strokes.map((stroke) => matcher.feed(stroke, 0));
      expect(results.at(-1), chord).toEqual({ kind: 'action', action: 'list.next' });
    }
  });
});
