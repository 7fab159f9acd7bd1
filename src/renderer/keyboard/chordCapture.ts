import { isModifierKey, shiftMatters, type KeyEventLike, type Platform } from './keymap';

/** Key values that are not keys of their own: a dead key waiting for its letter, IME composition. */
const notKeys = new Set(['Dead', 'Unidentified', 'Process']);

/** The longest sequence the capture takes: "g i" is two strokes, as every default sequence is. */
const MAX_STROKES = 2;

/**
 * One key press written the way the keymap stores it ("j", "Shift+a", "Mod+k", "Space"), or null when
 * the press is not a stroke (a modifier alone, a dead key). Ctrl on Windows and Linux and Cmd on a Mac
 * are written "Mod", so a remap travels between machines the way the defaults do.
 */
export function strokeText(event: KeyEventLike, platform: Platform): string | null {
  if (isModifierKey(event.key) || notKeys.has(event.key)) return null;
  const key = event.key === ' ' ? 'Space' : event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const mods = [
    (platform === 'mac' ? event.metaKey : event.ctrlKey) && 'Mod',
    platform === 'mac' && event.ctrlKey && 'Ctrl',
    platform !== 'mac' && event.metaKey && 'Meta',
    event.altKey && 'Alt',
    // "?" is Shift+/ on most layouts; writing the Shift would make it a different chord than "?".
    event.shiftKey && shiftMatters(key.toLowerCase()) && 'Shift',
  ].filter((mod): mod is string => typeof mod === 'string');
  return [...mods, key].join('+');
}

export type CaptureStep =
  /** Not a key of its own (Shift pressed on the way to "?"): keep listening. */
  | { kind: 'ignored' }
  /** One plain key so far: a second key makes a sequence ("g i"); otherwise `finish()` takes it alone. */
  | { kind: 'waiting'; chord: string }
  | { kind: 'done'; chord: string };

/**
 * Records the chord an agent presses in Settings. A press with Ctrl, Cmd or Alt is a chord by itself;
 * a plain key may be the start of a sequence, so the caller waits a moment (SEQUENCE_TIMEOUT_MS, the
 * same pause the keymap allows between the keys of a sequence) before calling `finish()`.
 */
export class ChordCapture {
  private readonly strokes: string[] = [];

  constructor(private readonly platform: Platform) {}

  feed(event: KeyEventLike): CaptureStep {
    const stroke = strokeText(event, this.platform);
    if (stroke === null) return { kind: 'ignored' };
    this.strokes.push(stroke);
    const chord = this.strokes.join(' ');
    const modified = event.ctrlKey || event.metaKey || event.altKey;
    if (this.strokes.length >= MAX_STROKES || (this.strokes.length === 1 && modified)) {
      return { kind: 'done', chord };
    }
    return { kind: 'waiting', chord };
  }

  /** The chord pressed so far, or null when no key was. */
  finish(): string | null {
    return this.strokes.length > 0 ? this.strokes.join(' ') : null;
  }
}
