import { useRef, useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
import { displayKeys, editorShortcuts } from '../../editor/shortcuts';
import { actionGroups } from '../../keyboard/actionGroups';
import { ChordKeys, useChordText } from '../../keyboard/ChordKeys';
import { useKeyAction } from '../../keyboard/KeyboardProvider';
import { useNavigation } from '../../shell/Navigation';
import { useFocusReturn } from '../../ui/useFocusReturn';
import '../../ui/modal.css';
import './shortcuts.css';

// The editor's own keys (bold, lists, …) are fixed; Esc and Ctrl/Cmd+Enter are app actions, listed
// above with their keys as remapped.
const editorKeys = editorShortcuts.filter((shortcut) => !['Escape', 'Mod+Enter'].includes(shortcut.keys));

/**
 * "Keyboard shortcuts" (`?`): every action and the keys it has now, remaps included, grouped by what
 * it works on, with the rule about typing and the editor's own keys. A way to Settings to change them.
 */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const chordText = useChordText();
  const [open, setOpen] = useState(false);
  const toSettings = useRef(false);
  const focusReturn = useFocusReturn();
  useKeyAction('help.shortcuts', () => setOpen((was) => !was));

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Overlay className="modal-overlay" />
        <Dialog.Content
          className="modal shortcut-help"
          onOpenAutoFocus={focusReturn.onOpenAutoFocus}
          onCloseAutoFocus={(event) => {
            // Settings puts focus on its own heading; the element we came from is gone or behind it.
            if (toSettings.current) event.preventDefault();
            else focusReturn.onCloseAutoFocus(event);
            toSettings.current = false;
          }}
        >
          <div className="modal__head">
            <Dialog.Title className="modal__title">{t('shortcuts.title')}</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="button">
                {t('shortcuts.close')}
              </button>
            </Dialog.Close>
          </div>
          <div className="modal__body">
            <Dialog.Description className="modal__description">
              {t('shortcuts.whileTyping', { back: chordText('nav.back'), send: chordText('composer.send') })}
            </Dialog.Description>
            {actionGroups.map(({ group, actions }) => (
              <table key={group} className="shortcut-help__table">
                <caption className="shortcut-help__group">{t(`shortcuts.groups.${group}`)}</caption>
                <thead className="visually-hidden">
                  <tr>
                    <th scope="col">{t('shortcuts.action')}</th>
                    <th scope="col">{t('shortcuts.keys')}</th>
                  </tr>
                </thead>
                <tbody>
                  {actions.map((action) => (
                    <tr key={action}>
                      <th scope="row">{t(`shortcuts.actions.${action}`)}</th>
                      <td>
                        <ChordKeys action={action} />
                      </td>
                    </tr>
                  ))}
                  {group === 'composer' &&
                    editorKeys.map((shortcut) => (
                      <tr key={shortcut.keys}>
                        <th scope="row">{t(shortcut.label)}</th>
                        <td>
                          <kbd>{displayKeys(shortcut.keys)}</kbd>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            ))}
            <button
              type="button"
              className="button shortcut-help__settings"
              onClick={() => {
                toSettings.current = true;
                setOpen(false);
                navigate({ name: 'settings' });
              }}
            >
              {t('shortcuts.openSettings')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
