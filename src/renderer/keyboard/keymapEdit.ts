import { actionIds, type ActionId, type Keymap } from '../../shared/domain';
import { currentChords, defaultKeymap, parseChord, type Platform } from './keymap';

/** What giving a chord to an action would collide with. */
export type Clash =
  | { kind: 'none' }
  /** One other action has exactly this chord: the two may swap. */
  | { kind: 'taken'; chord: string; other: ActionId }
  /**
   * A swap cannot fix it: the chord starts another action's sequence, or another chord starts this one
   * ("g" against "g i", so one of them could never be pressed), or several actions would lose keys.
   */
  | { kind: 'blocked'; chord: string; others: ActionId[] };

const startsWith = (long: readonly string[], short: readonly string[]) =>
  short.length <= long.length && short.every((stroke, i) => long[i] === stroke);

/** Whether `chords` for `action` collide with what the other actions are bound to now. */
export function findClash(
  keymap: Keymap,
  action: ActionId,
  chords: readonly string[],
  platform: Platform,
): Clash {
  const taken = new Map<ActionId, string>();
  for (const chord of chords) {
    const strokes = parseChord(chord, platform);
    if (!strokes) continue;
    const overlapping: ActionId[] = [];
    for (const other of actionIds) {
      if (other === action) continue;
      for (const otherChord of currentChords(keymap, other)) {
        const otherStrokes = parseChord(otherChord, platform);
        if (!otherStrokes) continue;
        if (otherStrokes.length === strokes.length && startsWith(otherStrokes, strokes)) {
          if (!taken.has(other)) taken.set(other, chord);
        } else if (startsWith(otherStrokes, strokes) || startsWith(strokes, otherStrokes)) {
          if (!overlapping.includes(other)) overlapping.push(other);
        }
      }
    }
    if (overlapping.length > 0) return { kind: 'blocked', chord, others: overlapping };
  }
  const [first, ...more] = taken;
  if (!first) return { kind: 'none' };
  if (more.length > 0) return { kind: 'blocked', chord: first[1], others: [...taken.keys()] };
  return { kind: 'taken', chord: first[1], other: first[0] };
}

/** Two chords are the same keys on both kinds of keyboard ("Mod+k" is not "Ctrl+k" on a Mac). */
function sameChord(a: string, b: string): boolean {
  return (['mac', 'other'] as const).every(
    (platform) => JSON.stringify(parseChord(a, platform)) === JSON.stringify(parseChord(b, platform)),
  );
}

/**
 * The keymap with `action` bound to `chord`, or back to its defaults for null. Only remaps are stored:
 * a chord equal to the action's only default is no remap, so a later change of defaults reaches it.
 */
export function withChord(keymap: Keymap, action: ActionId, chord: string | null): Keymap {
  const next: Keymap = { ...keymap };
  const defaults = defaultKeymap[action];
  const isDefault = chord === null || (defaults.length === 1 && sameChord(chord, defaults[0] as string));
  if (isDefault) delete next[action];
  else next[action] = chord;
  return next;
}

/** The keymap with `action` bound to `chord` (null: its defaults) and `other` given the chord `action` had. */
export function withSwap(keymap: Keymap, action: ActionId, chord: string | null, other: ActionId): Keymap {
  const [previous] = currentChords(keymap, action);
  return withChord(withChord(keymap, action, chord), other, previous ?? null);
}
