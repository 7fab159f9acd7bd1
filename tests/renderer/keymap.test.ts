import { describe, expect, it } from 'vitest';
import { actionIds } from '../../src/shared/domain';
import {
  KeymapMatcher,
  SEQUENCE_TIMEOUT_MS,
  currentChords,
  defaultKeymap,
  detectPlatform,
  parseChord,
  resolveBindings,
  type KeyEventLike,
} from '../../src/renderer/keyboard/keymap';

function key(k: string, mods: Partial<Omit<KeyEventLike, 'key'>> = {}): KeyEventLike {
  return { key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods };
}

function matcher(overrides = {}, platform: 'mac' | 'other' = 'other') {
  return new KeymapMatcher(resolveBindings(overrides, platform));
}

describe('keymap', () => {
  it('has a default chord for every action, none of them Alt+letter', () => {
    for (const action of actionIds) {
      const chords = defaultKeymap[action];
      expect(chords.length).toBeGreaterThan(0);
      for (const chord of chords) {
        expect(parseChord(chord, 'other')).not.toBeNull();
        expect(chord.toLowerCase()).not.toMatch(/alt\+/);
      }
    }
  });

  it('j and k move through the list, Enter and o open', () => {
    const m = matcher();
    expect(m.feed(key('j'), 0)).toEqual({ kind: 'action', action: 'list.next' });
    expect(m.feed(key('k'), 0)).toEqual({ kind: 'action', action: 'list.previous' });
    expect(m.feed(key('Enter'), 0)).toEqual({ kind: 'action', action: 'list.open' });
    expect(m.feed(key('o'), 0)).toEqual({ kind: 'action', action: 'list.open' });
    expect(m.feed(key('Escape'), 0)).toEqual({ kind: 'action', action: 'nav.back' });
  });

  it('"g i" goes to the inbox only as a sequence', () => {
    const m = matcher();
    expect(m.feed(key('g'), 0)).toEqual({ kind: 'pending' });
    expect(m.feed(key('i'), 100)).toEqual({ kind: 'action', action: 'go.inbox' });
    // "i" on its own is bound to nothing.
    expect(m.feed(key('i'), 200)).toEqual({ kind: 'none' });
  });

  it('forgets a sequence prefix that waited too long', () => {
    const m = matcher();
    m.feed(key('g'), 0);
    expect(m.feed(key('m'), SEQUENCE_TIMEOUT_MS + 1)).toEqual({ kind: 'none' });
  });

  it('reads a key that does not continue a sequence on its own', () => {
    const m = matcher();
    m.feed(key('g'), 0);
    expect(m.feed(key('j'), 10)).toEqual({ kind: 'action', action: 'list.next' });
  });

  it('Mod means Cmd on a Mac and Ctrl elsewhere', () => {
    const mac = matcher({}, 'mac');
    const pc = matcher({}, 'other');
    expect(mac.feed(key('k', { metaKey: true }), 0)).toEqual({ kind: 'action', action: 'palette.open' });
    expect(mac.feed(key('k', { ctrlKey: true }), 0)).toEqual({ kind: 'none' });
    expect(pc.feed(key('k', { ctrlKey: true }), 0)).toEqual({ kind: 'action', action: 'palette.open' });
    expect(pc.feed(key('k', { metaKey: true }), 0)).toEqual({ kind: 'none' });
    expect(pc.feed(key('Enter', { ctrlKey: true }), 0)).toEqual({ kind: 'action', action: 'composer.send' });
  });

  it('tells a Mac from other platforms', () => {
    expect(detectPlatform('MacIntel')).toBe('mac');
    expect(detectPlatform('Win32')).toBe('other');
    expect(detectPlatform('Linux x86_64')).toBe('other');
  });

  it('"?" matches although it is typed with Shift, but Shift+j is not j', () => {
    const m = matcher();
    expect(m.feed(key('?', { shiftKey: true }), 0)).toEqual({ kind: 'action', action: 'help.shortcuts' });
    expect(m.feed(key('J', { shiftKey: true }), 0)).toEqual({ kind: 'none' });
  });

  it('a lone modifier press neither matches nor breaks a sequence', () => {
    const m = matcher();
    m.feed(key('g'), 0);
    expect(m.feed(key('Shift', { shiftKey: true }), 10)).toEqual({ kind: 'none' });
    expect(m.feed(key('t'), 20)).toEqual({ kind: 'action', action: 'go.team' });
  });

  it('an override replaces the default chord of that action', () => {
    const m = matcher({ 'list.next': 'Ctrl+n', 'go.inbox': 'g g' });
    expect(m.feed(key('j'), 0)).toEqual({ kind: 'none' });
    expect(m.feed(key('n', { ctrlKey: true }), 0)).toEqual({ kind: 'action', action: 'list.next' });
    expect(m.feed(key('g'), 0)).toEqual({ kind: 'pending' });
    expect(m.feed(key('g'), 10)).toEqual({ kind: 'action', action: 'go.inbox' });
  });

  it('an override that cannot be parsed leaves the default in place', () => {
    const m = matcher({ 'list.next': 'Hyper+j' });
    expect(m.feed(key('j'), 0)).toEqual({ kind: 'action', action: 'list.next' });
  });

  it('a remap to a key another action has by default wins: j notes, and list.next lets j go', () => {
    const overrides = { 'case.note': 'j' };
    const m = matcher(overrides);
    expect(m.feed(key('j'), 0)).toEqual({ kind: 'action', action: 'case.note' });
    expect(m.feed(key('n'), 0)).toEqual({ kind: 'none' });
    expect(currentChords(overrides, 'list.next')).toEqual([]);
    expect(currentChords(overrides, 'case.note')).toEqual(['j']);
  });

  it('a remap takes only the keys it names: list.open keeps o when Enter is taken', () => {
    const overrides = { 'case.reply': 'Enter' };
    const m = matcher(overrides);
    expect(m.feed(key('Enter'), 0)).toEqual({ kind: 'action', action: 'case.reply' });
    expect(m.feed(key('o'), 0)).toEqual({ kind: 'action', action: 'list.open' });
    expect(currentChords(overrides, 'list.open')).toEqual(['o']);
  });

  it('Ctrl+k takes Mod+k from the palette where Mod is Ctrl, and not on a Mac', () => {
    const overrides = { 'case.note': 'Ctrl+k' };
    expect(matcher(overrides, 'other').feed(key('k', { ctrlKey: true }), 0)).toEqual({
      kind: 'action',
      action: 'case.note',
    });
    expect(matcher(overrides, 'mac').feed(key('k', { metaKey: true }), 0)).toEqual({
      kind: 'action',
      action: 'palette.open',
    });
  });

  it('accepts "Esc" as the Escape key', () => {
    const m = matcher({ 'nav.back': 'Esc' });
    expect(m.feed(key('Escape'), 0)).toEqual({ kind: 'action', action: 'nav.back' });
  });
});
