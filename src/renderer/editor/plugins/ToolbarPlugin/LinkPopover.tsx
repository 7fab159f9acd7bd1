import { $createLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import * as Popover from '@radix-ui/react-popover';
import { $createTextNode, $getSelection, $isRangeSelection } from 'lexical';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusEditor } from '../../insertSavedReply';
import { normalizeLinkInput } from '../../links';
import { LinkIcon } from './icons';
import { ToolbarButton } from './ToolbarButton';

const linkAttributes = { rel: 'noopener noreferrer', target: '_blank' };

/**
 * The toolbar's link button and its small form: the address (web or mail only), Apply, and Remove when
 * the caret is in a link. With nothing selected the address itself becomes the link text.
 */
export function LinkPopover({ currentUrl }: { currentUrl: string | null }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValue(currentUrl ?? '');
      setInvalid(false);
    }
    setOpen(next);
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const url = normalizeLinkInput(value);
    if (url === null) {
      setInvalid(true);
      return;
    }
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection) && selection.isCollapsed() && currentUrl === null) {
        const link = $createLinkNode(url, linkAttributes);
        link.append($createTextNode(url.replace(/^mailto:/, '')));
        selection.insertNodes([link]);
      } else {
        editor.dispatchCommand(TOGGLE_LINK_COMMAND, { url, ...linkAttributes });
      }
    });
    setOpen(false);
  };

  const remove = () => {
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    setOpen(false);
  };

  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>
        <ToolbarButton item="link" label={t('editor.toolbar.link')} pressed={currentUrl !== null}>
          <LinkIcon />
        </ToolbarButton>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="editor-popover"
          aria-label={t('editor.link.dialog')}
          side="bottom"
          align="start"
          sideOffset={4}
          onCloseAutoFocus={(event) => {
            // Back to the text, not the button: the agent was writing.
            event.preventDefault();
            focusEditor(editor);
          }}
        >
          <form className="link-form" onSubmit={apply}>
            <label className="link-form__label">
              {t('editor.link.address')}
              <input
                className="link-form__input"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                value={value}
                aria-invalid={invalid}
                aria-describedby={invalid ? errorId : undefined}
                onChange={(event) => {
                  setValue(event.target.value);
                  setInvalid(false);
                }}
              />
            </label>
            {invalid && (
              <p id={errorId} className="link-form__error" role="alert">
                {t('editor.link.invalid')}
              </p>
            )}
            <div className="link-form__actions">
              {currentUrl !== null && (
                <button type="button" className="button" onClick={remove}>
                  {t('editor.link.remove')}
                </button>
              )}
              <button type="submit" className="button button--primary">
                {t('editor.link.apply')}
              </button>
            </div>
          </form>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
