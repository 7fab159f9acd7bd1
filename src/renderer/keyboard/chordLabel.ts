import { parseChord, type Platform } from './keymap';

const modifierNames: Record<Platform, Record<string, string>> = {
  mac: { ctrl: '⌃', meta: '⌘', alt: '⌥', shift: '⇧' },
  other: { ctrl: 'Ctrl', meta: 'Meta', alt: 'Alt', shift: 'Shift' },
};

const keyNames: Record<string, string> = {
  escape: 'Esc',
  enter: 'Enter',
  ' ': 'Space',
  tab: 'Tab',
  backspace: 'Backspace',
  delete: 'Delete',
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
  pageup: 'Page Up',
  pagedown: 'Page Down',
  home: 'Home',
  end: 'End',
};

/** "arrowdown" → "↓", "f2" → "F2", "k" → "K" beside a modifier, a lone "j" stays "j" (as the key is typed). */
function keyName(key: string, modified: boolean): string {
  const named = keyNames[key];
  if (named) return named;
  if (key.length === 1) return modified ? key.toUpperCase() : key;
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** One stroke id from parseChord ("ctrl+shift+k") as the keyboard shows it: "Ctrl+Shift+K", or "⌃⇧K" on a Mac. */
function strokeLabel(id: string, platform: Platform): string {
  const mods: string[] = [];
  let rest = id;
  for (const mod of ['ctrl', 'meta', 'alt', 'shift']) {
    // "ctrl++" is Ctrl and the plus key: a modifier prefix only counts when a key follows it.
    if (rest.startsWith(`${mod}+`) && rest.length > mod.length + 1) {
      mods.push(modifierNames[platform][mod] as string);
      rest = rest.slice(mod.length + 1);
    }
  }
  const key = keyName(rest, mods.length > 0);
  return platform === 'mac' ? [...mods, key].join('') : [...mods, key].join('+');
}

/**
 * The keys of a chord as the agent presses them, one entry per stroke: "Mod+k" is ["Ctrl+K"] (["⌘K"] on a
 * Mac), "g i" is ["g", "i"]. Null for a chord that does not parse (it binds nothing).
 */
export function chordKeys(chord: string, platform: Platform): string[] | null {
  return parseChord(chord, platform)?.map((id) => strokeLabel(id, platform)) ?? null;
}
