import { describe, expect, it } from 'vitest';
import { chordKeys } from '../../../src/renderer/keyboard/chordLabel';

describe('how shortcuts are shown', () => {
  it('shows keys the way the keyboard is labelled on each kind of computer', () => {
    expect(chordKeys('Mod+k', 'other')).toEqual(['Ctrl+K']);
    expect(chordKeys('Mod+k', 'mac')).toEqual(['⌘K']);
    expect(chordKeys('Mod+Enter', 'other')).toEqual(['Ctrl+Enter']);
    expect(chordKeys('Shift+a', 'mac')).toEqual(['⇧A']);
  });

  it('shows a sequence one stroke at a time, plain letters as typed', () => {
    expect(chordKeys('g i', 'other')).toEqual(['g', 'i']);
    expect(chordKeys('j', 'other')).toEqual(['j']);
  });

  it('names the special keys', () => {
    expect(chordKeys('Escape', 'other')).toEqual(['Esc']);
    expect(chordKeys('Space', 'other')).toEqual(['Space']);
    expect(chordKeys('ArrowDown', 'other')).toEqual(['↓']);
    expect(chordKeys('F2', 'other')).toEqual(['F2']);
    expect(chordKeys('Mod++', 'other')).toEqual(['Ctrl++']);
    expect(chordKeys('?', 'other')).toEqual(['?']);
  });

  it('shows nothing for a chord that binds nothing', () => {
    expect(chordKeys('Hyper+x', 'other')).toBeNull();
  });
});
