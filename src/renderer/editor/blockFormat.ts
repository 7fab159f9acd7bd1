import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $createQuoteNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

/** The kind of block the caret is in, as the toolbar shows it. */
export type BlockKind = 'paragraph' | 'bullet' | 'number' | 'quote';

export function $blockKindAtSelection(): BlockKind {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'paragraph';
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list) return list.getListType() === 'number' ? 'number' : 'bullet';
  return $isQuoteNode(anchor.getTopLevelElement()) ? 'quote' : 'paragraph';
}

/** Turns the selected blocks into that kind, or back into paragraphs when they already are. */
export function toggleBlock(editor: LexicalEditor, kind: Exclude<BlockKind, 'paragraph'>): void {
  const current = editor.getEditorState().read($blockKindAtSelection);
  if (kind === 'quote') {
    editor.update(() => {
      $setBlocksType($getSelection(), () =>
        current === 'quote' ? $createParagraphNode() : $createQuoteNode(),
      );
    });
  } else if (current === kind) {
    editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  } else {
    editor.dispatchCommand(
      kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
      undefined,
    );
  }
}
