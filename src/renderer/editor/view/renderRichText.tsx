import { Fragment, type ReactNode } from 'react';
import { isAllowedLinkUrl } from '../links';

/**
 * Stored rich text (Lexical's serialized editor state) as React elements, built node by node so no
 * stored markup ever reaches the page as HTML. Unknown node types show their text and children.
 */

/** The parts of a serialized Lexical node this renderer reads; everything else is ignored. */
interface SerializedNode {
  type?: unknown;
  children?: unknown;
  text?: unknown;
  format?: unknown;
  listType?: unknown;
  start?: unknown;
  url?: unknown;
  agentId?: unknown;
}

// Lexical's text format bits (lexical/src/LexicalConstants.ts IS_BOLD … IS_HIGHLIGHT), outermost first.
const formatTags: readonly (readonly [
  bit: number,
  tag: 'strong' | 'em' | 's' | 'u' | 'code' | 'sub' | 'sup' | 'mark',
])[] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
  [128, 'mark'],
];

function asNode(value: unknown): SerializedNode | null {
  return typeof value === 'object' && value !== null ? (value as SerializedNode) : null;
}

function childrenOf(node: SerializedNode): SerializedNode[] {
  if (!Array.isArray(node.children)) return [];
  return node.children.map(asNode).filter((child): child is SerializedNode => child !== null);
}

function renderChildren(node: SerializedNode): ReactNode[] {
  return childrenOf(node).map((child, i) => renderNode(child, i));
}

function renderText(text: string, format: number, key: number): ReactNode {
  let content: ReactNode = text;
  for (const [bit, Tag] of [...formatTags].reverse()) {
    if (format & bit) content = <Tag>{content}</Tag>;
  }
  return <Fragment key={key}>{content}</Fragment>;
}

function renderNode(node: SerializedNode, key: number): ReactNode {
  const text = typeof node.text === 'string' ? node.text : '';
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{renderChildren(node)}</p>;
    case 'quote':
      return <blockquote key={key}>{renderChildren(node)}</blockquote>;
    case 'list': {
      if (node.listType === 'number') {
        const start = typeof node.start === 'number' && node.start !== 1 ? node.start : undefined;
        return (
          <ol key={key} start={start}>
            {renderChildren(node)}
          </ol>
        );
      }
      return <ul key={key}>{renderChildren(node)}</ul>;
    }
    case 'listitem': {
      // Lexical nests a list as the only child of an extra item; that item carries no bullet of its own.
      const children = childrenOf(node);
      const nestedOnly = children.length > 0 && children.every((child) => child.type === 'list');
      return (
        <li key={key} className={nestedOnly ? 'rich-text__nested' : undefined}>
          {renderChildren(node)}
        </li>
      );
    }
    case 'link':
    case 'autolink': {
      const url = typeof node.url === 'string' ? node.url : '';
      if (!isAllowedLinkUrl(url)) return <Fragment key={key}>{renderChildren(node)}</Fragment>;
      return (
        <a key={key} href={url} target="_blank" rel="noopener noreferrer">
          {renderChildren(node)}
        </a>
      );
    }
    case 'mention':
      return (
        <span key={key} className="rich-text__mention">
          {text}
        </span>
      );
    case 'linebreak':
      return <br key={key} />;
    case 'text':
    case 'tab':
      return renderText(text, typeof node.format === 'number' ? node.format : 0, key);
    default:
      return (
        <Fragment key={key}>
          {text}
          {renderChildren(node)}
        </Fragment>
      );
  }
}

/** The React elements for a serialized editor state; null when `json` is not one (then show the plain text). */
export function renderRichText(json: string): ReactNode[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const state = asNode(parsed) as { root?: unknown } | null;
  const root = asNode(state?.root);
  if (!root || root.type !== 'root' || !Array.isArray(root.children)) return null;
  return renderChildren(root);
}
