import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionId, Keymap } from '../../../shared/domain';
import { actionGroups } from '../../keyboard/actionGroups';
import { useChordText } from '../../keyboard/ChordKeys';
import { useKeymap } from '../../keyboard/KeyboardProvider';
import { defaultKeymap } from '../../keyboard/keymap';
import { findClash, withChord, withSwap } from '../../keyboard/keymapEdit';
import { ShortcutRow, type RowEditing } from './ShortcutRow';

/** The change under way: which action, the chord it would get (null: its defaults), and where it stands. */
type Editing = { action: ActionId; chord: string | null } & RowEditing;

/**
 * Every action with its keys, each remappable: "Change" takes the next chord, a clash with another
 * action is shown with Swap or Cancel, "Reset to default" per action and for all. Every change is
 * stored at once and the keyboard follows it at once.
 */
export function KeymapSetting({ onSave }: { onSave(keymap: Keymap): Promise<boolean> }) {
  const { t } = useTranslation();
  const { keymap, platform } = useKeymap();
  const chordText = useChordText();
  const [editing, setEditing] = useState<Editing | null>(null);
  // Read after the save, so a screen reader hears the keys as they now are.
  const [announced, setAnnounced] = useState<ActionId | null>(null);

  const save = (next: Keymap, action: ActionId | null) => {
    setEditing(null);
    void onSave(next).then((saved) => setAnnounced(saved ? action : null));
  };

  /** Gives `action` the chord (null: its defaults), or stops to ask when that would clash. */
  const propose = (action: ActionId, chord: string | null) => {
    const clash = findClash(keymap, action, chord === null ? defaultKeymap[action] : [chord], platform);
    if (clash.kind === 'none') save(withChord(keymap, action, chord), action);
    else setEditing({ action, chord, phase: 'clash', clash });
  };

  const rowEditing = (action: ActionId): RowEditing | null => {
    if (editing?.action !== action) return null;
    return editing.phase === 'capturing' ? { phase: 'capturing' } : { phase: 'clash', clash: editing.clash };
  };

  return (
    <section className="settings__section" aria-labelledby="settings-keymap">
      <div className="settings__section-head">
        <h2 id="settings-keymap" className="settings__heading">
          {t('settings.keymap.heading')}
        </h2>
        <button
          type="button"
          className="button"
          aria-disabled={Object.keys(keymap).length === 0 || undefined}
          onClick={() => Object.keys(keymap).length > 0 && save({}, null)}
        >
          {t('settings.keymap.resetAll')}
        </button>
      </div>
      <p className="settings__hint">{t('settings.keymap.intro')}</p>
      <table className="keymap-table" aria-labelledby="settings-keymap">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.action')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('settings.keymap.change')}</span>
            </th>
          </tr>
        </thead>
        {actionGroups.map(({ group, actions }) => (
          <tbody key={group}>
            <tr>
              <th scope="rowgroup" colSpan={3} className="keymap-table__group">
                {t(`shortcuts.groups.${group}`)}
              </th>
            </tr>
            {actions.map((action) => (
              <ShortcutRow
                key={action}
                action={action}
                remapped={keymap[action] !== undefined}
                editing={rowEditing(action)}
                onChange={() => setEditing({ action, chord: null, phase: 'capturing' })}
                onReset={() => propose(action, null)}
                onChord={(chord) => propose(action, chord)}
                onSwap={() => {
                  if (editing?.phase !== 'clash' || editing.clash.kind !== 'taken') return;
                  save(withSwap(keymap, action, editing.chord, editing.clash.other), action);
                }}
                onCancel={() => setEditing((current) => (current?.action === action ? null : current))}
              />
            ))}
          </tbody>
        ))}
      </table>
      <p className="visually-hidden" role="status">
        {announced &&
          t('settings.keymap.saved', {
            action: t(`shortcuts.actions.${announced}`),
            keys: chordText(announced),
          })}
      </p>
    </section>
  );
}
