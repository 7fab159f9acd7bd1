import { actionIds } from '../../shared/domain';
import type { ActionId, Keymap } from '../../shared/domain';

/**
 * Default bindings from PRODUCT.md "Keyboard". A chord is one or more strokes separated by spaces
 * ("g i" is g then i); a stroke is modifiers and a key joined by "+" ("Mod+k"). `Mod` is Cmd on a
 * Mac and Ctrl elsewhere. No Alt+letter defaults: they type characters on Nordic and Polish layouts.
 */
export const defaultKeymap: Readonly<Record<ActionId, readonly string[]>> = {
  'list.next': ['j'],
  'list.previous': ['k'],
  'list.open': ['Enter', 'o'],
  'nav.back': ['Escape'],
  'search.focus': ['/'],
  'palette.open': ['Mod+k'],
  'help.shortcuts': ['?'],
  'case.note': ['n'],
  'case.reply': ['r'],
  'case.logContact': ['l'],
  'case.promise': ['p'],
  'case.assign': ['a'],
  'case.resolve': ['e'],
  'case.snooze': ['s'],
  'case.markWaiting': ['u'],
  'go.inbox': ['g i'],
  'go.mine': ['g m'],
  'go.promises': ['g p'],
  'go.team': ['g t'],
  'composer.send': ['Mod+Enter'],
};

export type Platform = 'mac' | 'other';

/** One key press, as the matcher sees it: the key plus the modifiers that were held. */
export interface Stroke {
  key: string;
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** The parts of a KeyboardEvent the matcher reads (kept narrow so tests need no DOM). */
export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const keyAliases: Record<string, string> = {
  esc: 'escape',
  return: 'enter',
  space: ' ',
  spacebar: ' ',
  up: 'arrowup',
  down: 'arrowdown',
  left: 'arrowleft',
  right: 'arrowright',
};

function normalizeKey(key: string): string {
  const lower = key.toLowerCase();
  return keyAliases[lower] ?? lower;
}

/** A letter changes with Shift ("a"/"A"), so Shift counts; "?" already is Shift+/, so it does not. */
export function shiftMatters(key: string): boolean {
  return key.length !== 1 || key.toLowerCase() !== key.toUpperCase();
}

/** Canonical text of a stroke, so bindings and presses compare as strings. */
function strokeId(s: Stroke): string {
  const mods = [
    s.ctrl && 'ctrl',
    s.meta && 'meta',
    s.alt && 'alt',
    s.shift && shiftMatters(s.key) && 'shift',
  ];
  return [...mods.filter(Boolean), s.key].join('+');
}

/** Parses "Mod+Shift+k" into a stroke id for the platform; null when it is not a valid stroke. */
function parseStroke(text: string, platform: Platform): string | null {
  // "+" and "Mod++" bind the plus key: the last part is the key even when it is empty after a split.
  const parts =
    text === '+' ? ['+'] : text.endsWith('++') ? [...text.slice(0, -2).split('+'), '+'] : text.split('+');
  const key = parts.pop();
  if (!key) return null;
  const stroke: Stroke = { key: normalizeKey(key), ctrl: false, meta: false, alt: false, shift: false };
  for (const raw of parts) {
    const mod = raw.toLowerCase();
    if (mod === 'mod') {
      if (platform === 'mac') stroke.meta = true;
      else stroke.ctrl = true;
    } else if (mod === 'ctrl' || mod === 'control') stroke.ctrl = true;
    else if (mod === 'cmd' || mod === 'meta' || mod === 'command') stroke.meta = true;
    else if (mod === 'alt' || mod === 'option') stroke.alt = true;
    else if (mod === 'shift') stroke.shift = true;
    else return null;
  }
  return strokeId(stroke);
}

/** Parses a chord ("g i", "Mod+Enter") into stroke ids; null when any stroke is invalid. */
export function parseChord(chord: string, platform: Platform): string[] | null {
  const strokes = chord.trim().split(/\s+/).filter(Boolean);
  if (strokes.length === 0) return null;
  const ids = strokes.map((s) => parseStroke(s, platform));
  return ids.every((id): id is string => id !== null) ? ids : null;
}

const modifierKeys = new Set(['control', 'meta', 'alt', 'shift', 'altgraph', 'capslock', 'os']);

/** True for a press of a modifier alone (Shift, Ctrl, AltGr, …), which is never a stroke by itself. */
export function isModifierKey(key: string): boolean {
  return modifierKeys.has(normalizeKey(key));
}

/** The stroke id of a key press, or null for a lone modifier press (which never completes a chord). */
export function strokeOf(event: KeyEventLike): string | null {
  const key = normalizeKey(event.key);
  if (isModifierKey(key)) return null;
  return strokeId({
    key,
    ctrl: event.ctrlKey,
    meta: event.metaKey,
    alt: event.altKey,
    shift: event.shiftKey,
  });
}

interface Binding {
  action: ActionId;
  strokes: string[];
}

/** The agent's chord for an action, when it has one that parses ("Mod" is valid on every platform). */
function validOverride(overrides: Keymap, action: ActionId): string | null {
  const chord = overrides[action];
  return chord !== undefined && parseChord(chord, 'other') ? chord : null;
}

const sameStrokes = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((stroke, i) => b[i] === stroke);

/** Two chords are the same keys on both kinds of keyboard ("Mod+k" is not "Ctrl+k" on a Mac). */
export function sameChord(a: string, b: string): boolean {
  return (['mac', 'other'] as const).every((platform) => {
    const [left, right] = [parseChord(a, platform), parseChord(b, platform)];
    return left !== null && right !== null && sameStrokes(left, right);
  });
}

/**
 * The effective bindings: each override replaces that action's defaults and takes its keys from any
 * action that has them by default (the matcher takes the first binding that fits, so a default left in
 * place would silently beat the remap). Invalid overrides are ignored.
 */
export function resolveBindings(overrides: Keymap, platform: Platform): Binding[] {
  const taken = actionIds.flatMap((action) => {
    const chord = validOverride(overrides, action);
    const strokes = chord === null ? null : parseChord(chord, platform);
    return strokes ? [strokes] : [];
  });
  const bindings: Binding[] = [];
  for (const action of actionIds) {
    const remapped = validOverride(overrides, action) !== null;
    for (const chord of currentChords(overrides, action)) {
      const strokes = parseChord(chord, platform);
      // Checked per platform too: "Ctrl+k" takes "Mod+k" away on Windows and Linux, not on a Mac.
      if (!strokes || (!remapped && taken.some((keys) => sameStrokes(keys, strokes)))) continue;
      bindings.push({ action, strokes });
    }
  }
  return bindings;
}

/**
 * The chords an action answers to now: the agent's override when it is valid, else its defaults minus
 * any another action was remapped to. An action whose only default was taken answers to nothing.
 */
export function currentChords(overrides: Keymap, action: ActionId): readonly string[] {
  const own = validOverride(overrides, action);
  if (own !== null) return [own];
  const taken = actionIds.flatMap((other) => {
    const chord = validOverride(overrides, other);
    return chord === null ? [] : [chord];
  });
  return defaultKeymap[action].filter((chord) => !taken.some((keys) => sameChord(keys, chord)));
}

export type MatchResult = { kind: 'action'; action: ActionId } | { kind: 'pending' } | { kind: 'none' };

/** How long the first stroke of a sequence ("g" of "g i") waits for the second. */
export const SEQUENCE_TIMEOUT_MS = 1500;

/**
 * Feeds key presses one at a time and says when they complete an action. Holds the unfinished
 * prefix of a sequence; `now` comes from the caller (event.timeStamp) so no timer is needed.
 */
export class KeymapMatcher {
  private prefix: string[] = [];
  private prefixAt = 0;

  constructor(private readonly bindings: readonly Binding[]) {}

  feed(event: KeyEventLike, now: number): MatchResult {
    const stroke = strokeOf(event);
    if (stroke === null) return { kind: 'none' };
    if (this.prefix.length > 0 && now - this.prefixAt > SEQUENCE_TIMEOUT_MS) this.prefix = [];
    const withPrefix = this.match([...this.prefix, stroke], now);
    if (withPrefix.kind !== 'none' || this.prefix.length === 0) return withPrefix;
    // The stroke did not continue the sequence: forget the prefix and read it on its own.
    this.prefix = [];
    return this.match([stroke], now);
  }

  reset(): void {
    this.prefix = [];
  }

  private match(strokes: string[], now: number): MatchResult {
    const startsWith = (b: Binding) => strokes.every((s, i) => b.strokes[i] === s);
    const exact = this.bindings.find((b) => b.strokes.length === strokes.length && startsWith(b));
    if (exact) {
      this.prefix = [];
      return { kind: 'action', action: exact.action };
    }
    if (this.bindings.some((b) => b.strokes.length > strokes.length && startsWith(b))) {
      this.prefix = strokes;
      this.prefixAt = now;
      return { kind: 'pending' };
    }
    return { kind: 'none' };
  }
}

export function detectPlatform(platformText: string): Platform {
  return /mac|iphone|ipad|ipod/i.test(platformText) ? 'mac' : 'other';
}
