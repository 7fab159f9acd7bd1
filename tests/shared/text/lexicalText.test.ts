import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { lexicalFromParagraphs, textFromParagraphs } from '../../../src/shared/text/lexicalText';

const paragraphs = ['Hörselskadad: föredrar mejl.', 'Bjørn vil helst ringes etter kl. 15.'];

describe('rich text built by core', () => {
  it('is exactly what Lexical itself serializes, and reads back to the same plain text', () => {
    const editor = createHeadlessEditor({
      nodes: [],
      onError: (error) => {
        throw error;
      },
    });
    const state = editor.parseEditorState(lexicalFromParagraphs(paragraphs));
    expect(JSON.stringify(state.toJSON())).toBe(lexicalFromParagraphs(paragraphs));
    expect(state.read(() => $getRoot().getTextContent())).toBe(textFromParagraphs(paragraphs));
  });
});
