import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { toggleBlock, type BlockKind } from '../../blockFormat';

/**
 * Block shortcuts beside Lexical's own Mod+B / Mod+I: Mod+Shift+7 numbered list, Mod+Shift+8 bulleted
 * list (as in Google Docs and Word), Mod+Shift+9 quote. Read by key position (event.code), because
 * Shift+7 types "/" on Nordic layouts and "&" on US ones.
 */
const blockByCode: Readonly<Record<string, Exclude<BlockKind, 'paragraph'>>> = {
  Digit7: 'number',
  Digit8: 'bullet',
  Digit9: 'quote',
};

export function FormattingShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const kind = blockByCode[event.code];
          if (!kind || !event.shiftKey || event.altKey || !(event.ctrlKey || event.metaKey)) return false;
          event.preventDefault();
          toggleBlock(editor, kind);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
