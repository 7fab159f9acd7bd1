import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor, type RangeSelection } from 'lexical';
import type { SavedReply } from '../../shared/domain';
import { $nodesFromSerializedState } from './richTextState';

/** The selection to insert at: the caret, or the end of the text when the editor never had one. */
export function $insertionPoint(): RangeSelection {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? selection : $getRoot().selectEnd();
}

/** Inserts a saved reply at the caret: its formatted body, or its plain text when it has none (or an unreadable one). */
export function insertSavedReply(
  editor: LexicalEditor,
  reply: Pick<SavedReply, 'bodyText' | 'bodyRich'>,
): void {
  editor.update(() => {
    const selection = $insertionPoint();
    const nodes = reply.bodyRich === null ? null : $nodesFromSerializedState(reply.bodyRich);
    if (nodes && nodes.length > 0) $insertGeneratedNodes(editor, nodes, selection);
    else selection.insertRawText(reply.bodyText);
  });
}

export function focusEditor(editor: LexicalEditor): void {
  editor.focus(undefined, { defaultSelection: 'rootEnd' });
}
