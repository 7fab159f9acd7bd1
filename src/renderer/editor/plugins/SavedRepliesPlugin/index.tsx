import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import * as Popover from '@radix-ui/react-popover';
import { Command } from 'cmdk';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedReply } from '../../../../shared/domain';
import { focusEditor, insertSavedReply } from '../../insertSavedReply';
import { displayKeys } from '../../shortcuts';
import { SavedReplyIcon } from '../ToolbarPlugin/icons';
import { ToolbarButton } from '../ToolbarPlugin/ToolbarButton';

const SNIPPET_LENGTH = 90;

/**
 * A toolbar button (and Mod+Shift+S in the editor) that opens a searchable list of saved replies;
 * the chosen one is inserted at the caret and the caret returns to the text. Not "/", which is search.
 */
export function SavedRepliesPlugin({ replies }: { replies: readonly SavedReply[] }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const isChord =
            event.code === 'KeyS' && event.shiftKey && !event.altKey && (event.ctrlKey || event.metaKey);
          if (!isChord) return false;
          event.preventDefault();
          setOpen(true);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );

  const choose = (reply: SavedReply) => {
    insertSavedReply(editor, reply);
    setOpen(false);
  };

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <ToolbarButton
          item="savedReply"
          label={t('editor.toolbar.savedReply')}
          keys={displayKeys('Mod+Shift+S')}
        >
          <SavedReplyIcon />
        </ToolbarButton>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className="editor-popover saved-replies"
          aria-label={t('editor.savedReplies.dialog')}
          side="bottom"
          align="start"
          sideOffset={4}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            focusEditor(editor);
          }}
        >
          <Command label={t('editor.savedReplies.search')} loop>
            <Command.Input className="saved-replies__input" placeholder={t('editor.savedReplies.search')} />
            <Command.List className="saved-replies__list">
              <Command.Empty className="saved-replies__empty">
                {replies.length === 0 ? t('editor.savedReplies.none') : t('editor.savedReplies.empty')}
              </Command.Empty>
              {replies.map((reply) => (
                <Command.Item
                  key={reply.id}
                  value={reply.id}
                  keywords={[reply.title, reply.bodyText]}
                  className="saved-replies__item"
                  onSelect={() => choose(reply)}
                >
                  <span className="saved-replies__title">{reply.title}</span>
                  <span className="saved-replies__snippet">{reply.bodyText.slice(0, SNIPPET_LENGTH)}</span>
                </Command.Item>
              ))}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
