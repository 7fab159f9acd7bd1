/**
 * Rich text as Lexical serializes it (key order as `editor.getEditorState().toJSON()` writes it in 0.52),
 * built by hand because core and the hub must not import Lexical. Plain text nodes only.
 */

/** A serialized Lexical node; desk and hub only move them around, it never looks inside. */
export type LexicalNodeJson = Record<string, unknown>;

export function lexicalParagraph(text: string): LexicalNodeJson {
  return {
    children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    type: 'paragraph',
    version: 1,
  };
}

/** An editor state holding these top-level nodes. */
export function lexicalFromNodes(children: readonly LexicalNodeJson[]): string {
  return JSON.stringify({
    root: { children, direction: null, format: '', indent: 0, type: 'root', version: 1 },
  });
}

/** One paragraph per item. */
export function lexicalFromParagraphs(paragraphs: readonly string[]): string {
  return lexicalFromNodes(paragraphs.map(lexicalParagraph));
}

/** The plain text Lexical's `$getRoot().getTextContent()` gives for those paragraphs. */
export function textFromParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/** The top-level nodes of a serialized editor state, or null when it is not one. */
export function lexicalRootChildren(rich: string | null): LexicalNodeJson[] | null {
  if (rich === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(rich);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('root' in parsed)) return null;
  const root = parsed.root;
  if (typeof root !== 'object' || root === null || !('children' in root) || !Array.isArray(root.children)) {
    return null;
  }
  const children: unknown[] = root.children;
  return children.every((c): c is LexicalNodeJson => typeof c === 'object' && c !== null) ? children : null;
}
