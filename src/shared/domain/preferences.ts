import { z } from 'zod';
import { Locale, Theme } from './enums';

/** Actions any key can be bound to (PRODUCT.md "Keyboard"); values are key chords like "j", "g i", "Mod+k". */
export const actionIds = [
  'list.next',
  'list.previous',
  'list.open',
  'nav.back',
  'search.focus',
  'palette.open',
  'help.shortcuts',
  'case.note',
  'case.reply',
  'case.logContact',
  'case.promise',
  'case.assign',
  'case.resolve',
  'case.snooze',
  'case.markWaiting',
  'go.inbox',
  'go.mine',
  'go.promises',
  'go.team',
  'composer.send',
] as const;
export const ActionId = z.enum(actionIds);
export type ActionId = z.infer<typeof ActionId>;

export const KeyChord = z.string().min(1).max(40);
export const Keymap = z.partialRecord(ActionId, KeyChord);
export type Keymap = z.infer<typeof Keymap>;

export const WindowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

export const Preferences = z.object({
  theme: Theme,
  /** null: follow the system locale. */
  locale: Locale.nullable(),
  /** Only the actions the agent remapped; the rest use the defaults. */
  keymap: Keymap,
  windowBounds: WindowBounds.nullable(),
});
export type Preferences = z.infer<typeof Preferences>;

export const defaultPreferences: Preferences = {
  theme: 'system',
  locale: null,
  keymap: {},
  windowBounds: null,
};

export const PreferencesPatch = Preferences.partial();
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;
