import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { MentionNode } from './MentionNode';

/**
 * The one list of node types every Nära editor registers (paragraphs and text are built in). No headings,
 * code or images: notes and replies are short messages, and paste imports only what is listed here.
 */
export const editorNodes: readonly Klass<LexicalNode>[] = [
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  MentionNode,
];
