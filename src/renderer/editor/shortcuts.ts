import type { ParseKeys } from 'i18next';
import { detectPlatform } from '../keyboard/keymap';

/**
 * Keys that work inside a Nära editor, for the shortcut help (and the toolbar's tooltips). They are the
 * editor's own, not remappable actions: Lexical handles Mod+B / Mod+I, the plugins the rest. None uses
 * Alt (PRODUCT.md), none takes Mod+K (the command palette). Esc and Mod+Enter are the app's actions
 * 'nav.back' and 'composer.send', listed here because inside an editor they mean "leave" and "send".
 */
export interface EditorShortcut {
  /** Keys as in the keymap: "Mod+Shift+8"; "@" and "- " are typed, not chords. */
  keys: string;
  label: ParseKeys;
}

export const editorShortcuts: readonly EditorShortcut[] = [
  { keys: 'Mod+B', label: 'editor.shortcuts.bold' },
  { keys: 'Mod+I', label: 'editor.shortcuts.italic' },
  { keys: 'Mod+Shift+8', label: 'editor.shortcuts.bulletList' },
  { keys: 'Mod+Shift+7', label: 'editor.shortcuts.numberedList' },
  { keys: 'Mod+Shift+9', label: 'editor.shortcuts.quote' },
  { keys: '@', label: 'editor.shortcuts.mention' },
  { keys: 'Mod+Shift+S', label: 'editor.shortcuts.savedReply' },
  { keys: 'Escape', label: 'editor.shortcuts.leave' },
  { keys: 'Mod+Enter', label: 'editor.shortcuts.send' },
];

/** A chord as this computer's keyboard labels it: "Mod+Enter" is "Ctrl+Enter", or "⌘Enter" on a Mac. */
export function displayKeys(keys: string, platformText: string = navigator.platform): string {
  const mac = detectPlatform(platformText) === 'mac';
  const names: Record<string, string> = mac
    ? { Mod: '⌘', Shift: '⇧', Ctrl: '⌃', Escape: 'Esc' }
    : { Mod: 'Ctrl', Escape: 'Esc' };
  const parts = keys.split('+').map((part) => names[part] ?? part);
  return mac ? parts.join('') : parts.join('+');
}
