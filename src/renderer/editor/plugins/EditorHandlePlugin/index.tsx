import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $getRoot, CLEAR_HISTORY_COMMAND } from 'lexical';
import { useImperativeHandle, type Ref } from 'react';
import type { SavedReply } from '../../../../shared/domain';
import { $insertionPoint, focusEditor, insertSavedReply } from '../../insertSavedReply';

/** What a screen can do to its editor from outside (the composer after sending, the saved-reply command). */
export interface RichTextEditorHandle {
  /** Focuses the editor, the caret where it was (or at the end). */
  focus(): void;
  /** Empties the editor and forgets its undo history. */
  clear(): void;
  /** Inserts plain text at the caret (or at the end); line breaks are kept. */
  insertText(text: string): void;
  /** Inserts a saved reply's formatted body at the caret, or its plain text when it has none. */
  insertSavedReply(reply: Pick<SavedReply, 'bodyText' | 'bodyRich'>): void;
  /** The current content: serialized state and plain text. */
  read(): { state: string; text: string };
  /** Locks the editor (while its text is being sent) or unlocks it. */
  setEditable(editable: boolean): void;
}

export function EditorHandlePlugin({ handleRef }: { handleRef: Ref<RichTextEditorHandle> | undefined }) {
  const [editor] = useLexicalComposerContext();
  useImperativeHandle(
    handleRef,
    (): RichTextEditorHandle => ({
      focus: () => focusEditor(editor),
      clear() {
        editor.update(() => {
          const paragraph = $createParagraphNode();
          $getRoot().clear().append(paragraph);
          paragraph.select();
        });
        editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      },
      insertText(text) {
        editor.update(() => $insertionPoint().insertRawText(text));
        focusEditor(editor);
      },
      insertSavedReply(reply) {
        insertSavedReply(editor, reply);
        focusEditor(editor);
      },
      read() {
        const state = editor.getEditorState();
        return { state: JSON.stringify(state.toJSON()), text: state.read(() => $getRoot().getTextContent()) };
      },
      setEditable: (editable) => editor.setEditable(editable),
    }),
    [editor],
  );
  return null;
}
