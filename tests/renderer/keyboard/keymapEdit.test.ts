import { describe, expect, it } from 'vitest';
import { currentChords } from '../../../src/renderer/keyboard/keymap';
import { findClash, withChord, withSwap } from '../../../src/renderer/keyboard/keymapEdit';

describe('remapping a shortcut', () => {
  it('a free key clashes with nothing', () => {
    expect(findClash({}, 'list.next', ['y'], 'other')).toEqual({ kind: 'none' });
  });

  it('a key another action has is a clash with that action', () => {
    expect(findClash({}, 'list.next', ['n'], 'other')).toEqual({
      kind: 'taken',
      chord: 'n',
      other: 'case.note',
    });
    // Ctrl+K is the palette's on Windows and Linux, where Mod means Ctrl.
    expect(findClash({}, 'case.note', ['Ctrl+k'], 'other')).toMatchObject({
      kind: 'taken',
      other: 'palette.open',
    });
    expect(findClash({}, 'case.note', ['Ctrl+k'], 'mac')).toEqual({ kind: 'none' });
  });

  it('the action keeping its own key is no clash', () => {
    expect(findClash({}, 'list.next', ['j'], 'other')).toEqual({ kind: 'none' });
  });

  it('sees remaps: a key given away is free, a key taken by a remap is not', () => {
    const keymap = { 'list.next': 'y' };
    expect(findClash(keymap, 'case.note', ['j'], 'other')).toEqual({ kind: 'none' });
    expect(findClash(keymap, 'case.note', ['y'], 'other')).toMatchObject({
      kind: 'taken',
      other: 'list.next',
    });
  });

  it('refuses a key that starts a sequence, or a sequence another key starts', () => {
    const clash = findClash({}, 'list.next', ['g'], 'other');
    expect(clash).toMatchObject({ kind: 'blocked', chord: 'g' });
    expect(clash.kind === 'blocked' && [...clash.others].sort()).toEqual(
      ['go.inbox', 'go.mine', 'go.promises', 'go.team'].sort(),
    );
    expect(findClash({}, 'list.next', ['n x'], 'other')).toEqual({
      kind: 'blocked',
      chord: 'n x',
      others: ['case.note'],
    });
  });

  it('stores only remaps: choosing the default again removes the remap', () => {
    const remapped = withChord({}, 'list.next', 'y');
    expect(remapped).toEqual({ 'list.next': 'y' });
    expect(withChord(remapped, 'list.next', 'j')).toEqual({});
    expect(withChord(remapped, 'list.next', null)).toEqual({});
    // An action with two default keys keeps a remap to one of them: it has fewer keys than by default.
    expect(withChord({}, 'list.open', 'o')).toEqual({ 'list.open': 'o' });
  });

  it('a swap gives the other action the keys this one had', () => {
    const keymap = withSwap({}, 'list.next', 'n', 'case.note');
    expect(currentChords(keymap, 'list.next')).toEqual(['n']);
    expect(currentChords(keymap, 'case.note')).toEqual(['j']);
    // Swapping back lands on the defaults, so nothing is stored.
    expect(withSwap(keymap, 'list.next', 'j', 'case.note')).toEqual({});
  });

  it('resetting to a default taken by a remap swaps the remap away', () => {
    const keymap = { 'list.next': 'y', 'case.note': 'j' };
    expect(findClash(keymap, 'list.next', currentChords({}, 'list.next'), 'other')).toMatchObject({
      kind: 'taken',
      other: 'case.note',
    });
    expect(withSwap(keymap, 'list.next', null, 'case.note')).toEqual({ 'case.note': 'y' });
  });

  it('taking back a default key a remap took leaves no two actions on one key', () => {
    const keymap = { 'case.note': 'j' };
    expect(currentChords(keymap, 'list.next')).toEqual([]);
    expect(findClash(keymap, 'list.next', ['j'], 'other')).toMatchObject({
      kind: 'taken',
      other: 'case.note',
    });
    // list.next had no key left to hand over, so the note goes back to its own default, n.
    expect(withSwap(keymap, 'list.next', 'j', 'case.note')).toEqual({});
  });
});
