import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionId } from '../../../shared/domain';
import { ChordKeys } from '../../keyboard/ChordKeys';
import type { Clash } from '../../keyboard/keymapEdit';
import { ChordCaptureField } from './ChordCaptureField';
import { ClashNotice } from './ClashNotice';

/** Where a row is in changing its keys: taking the new chord, or asking about a clash. */
export type RowEditing = { phase: 'capturing' } | { phase: 'clash'; clash: Exclude<Clash, { kind: 'none' }> };

interface Props {
  action: ActionId;
  remapped: boolean;
  editing: RowEditing | null;
  onChange(): void;
  onReset(): void;
  onChord(chord: string): void;
  onSwap(): void;
  onCancel(): void;
}

/** One action in the keymap table: its keys, "Change" (takes the next chord) and, once remapped, "Reset to default". */
export function ShortcutRow({
  action,
  remapped,
  editing,
  onChange,
  onReset,
  onChord,
  onSwap,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const name = t(`shortcuts.actions.${action}`);
  const changeRef = useRef<HTMLButtonElement>(null);

  // When a change ends (saved, swapped or cancelled), focus goes back to where it started.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && editing === null) changeRef.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);

  return (
    <>
      <tr className={editing ? 'keymap-row keymap-row--editing' : 'keymap-row'}>
        <th scope="row" className="keymap-row__action">
          {name}
        </th>
        <td className="keymap-row__keys">
          {editing?.phase === 'capturing' ? (
            <ChordCaptureField actionName={name} onChord={onChord} onCancel={onCancel} />
          ) : (
            <ChordKeys action={action} />
          )}
        </td>
        <td className="keymap-row__buttons">
          {editing?.phase === 'capturing' ? (
            <button type="button" className="button" onClick={onCancel}>
              {t('settings.keymap.cancel')}
            </button>
          ) : (
            <>
              <button
                ref={changeRef}
                type="button"
                className="button"
                aria-label={t('settings.keymap.changeAria', { action: name })}
                onClick={onChange}
              >
                {t('settings.keymap.change')}
              </button>
              {remapped && (
                <button
                  type="button"
                  className="button"
                  aria-label={t('settings.keymap.resetAria', { action: name })}
                  onClick={() => {
                    // This button goes away with the remap; Change, beside it, keeps the focus in the row.
                    changeRef.current?.focus();
                    onReset();
                  }}
                >
                  {t('settings.keymap.reset')}
                </button>
              )}
            </>
          )}
        </td>
      </tr>
      {editing?.phase === 'clash' && (
        <tr className="keymap-row keymap-row--clash">
          <td colSpan={3}>
            <ClashNotice action={action} clash={editing.clash} onSwap={onSwap} onCancel={onCancel} />
          </td>
        </tr>
      )}
    </>
  );
}
