import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_HIGH, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, KEY_ESCAPE_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';

/**
 * The two keys that work in an editor although shortcuts are off while typing (PRODUCT.md "Keyboard"):
 * Mod+Enter is left alone so the app's keymap can run "send" (Lexical would otherwise start a new
 * paragraph and mark the key handled), and Esc calls `onEscape` (leave the editor, text kept) instead
 * of going back a screen. Open menus (mentions) take Esc first, at a higher priority.
 */
export function EscapeAndSendPlugin({ onEscape }: { onEscape?: () => void }) {
  const [editor] = useLexicalComposerContext();
  const onEscapeRef = useRef(onEscape);
  useEffect(() => {
    onEscapeRef.current = onEscape;
  });
  const hasEscape = onEscape !== undefined;

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          // True stops Lexical's own Enter handling; the key still bubbles to the app's keymap, unprevented.
          (event) => event.key === 'Enter' && (event.ctrlKey || event.metaKey),
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          KEY_ESCAPE_COMMAND,
          (event) => {
            const leave = onEscapeRef.current;
            if (!hasEscape || !leave) return false;
            event.preventDefault();
            leave();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, hasEscape],
  );
  return null;
}
