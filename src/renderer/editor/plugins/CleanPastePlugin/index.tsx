import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { useEffect } from 'react';
import { sanitizePastedHtml } from '../../pasteSanitizer';

/**
 * Paste from mail or a word processor arrives clean: HTML goes through the sanitizer and only the
 * editor's own nodes are imported. Copies between Nära editors (Lexical's own clipboard format) and
 * plain text (line breaks kept) take Lexical's usual path.
 */
export function CleanPastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data || data.types.includes('application/x-lexical-editor')) return false;
          const html = data.getData('text/html');
          if (html === '') return false;
          event.preventDefault();
          editor.update(
            () => {
              const selection = $getSelection();
              if (selection === null) return;
              const dom = new DOMParser().parseFromString(sanitizePastedHtml(html), 'text/html');
              const nodes = $generateNodesFromDOM(editor, dom);
              // Nothing left (an image alone): the plain text, if the source offered any, is what was meant.
              if (nodes.length > 0) $insertGeneratedNodes(editor, nodes, selection);
              else selection.insertRawText(data.getData('text/plain'));
            },
            { tag: PASTE_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
