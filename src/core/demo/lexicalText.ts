/**
 * Rich text as Lexical serializes it (key order as `editor.getEditorState().toJSON()` writes it in 0.52),
 * built by hand because core must not import Lexical. One paragraph per item, plain text nodes only.
 */
export function lexicalFromParagraphs(paragraphs: readonly string[]): string {
  const children = paragraphs.map((text) => ({
    children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    type: 'paragraph',
    version: 1,
  }));
  return JSON.stringify({
    root: { children, direction: null, format: '', indent: 0, type: 'root', version: 1 },
  });
}

/** The plain text Lexical's `$getRoot().getTextContent()` gives for those paragraphs. */
export function textFromParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}
