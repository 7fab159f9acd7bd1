import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on what it renders; editor.css styles them, the same as RichTextView's output. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'rich-text__paragraph',
  quote: 'rich-text__quote',
  link: 'rich-text__link',
  list: {
    ul: 'rich-text__ul',
    ol: 'rich-text__ol',
    listitem: 'rich-text__li',
    nested: { listitem: 'rich-text__nested' },
  },
  text: {
    bold: 'rich-text__bold',
    italic: 'rich-text__italic',
    underline: 'rich-text__underline',
    strikethrough: 'rich-text__strike',
    underlineStrikethrough: 'rich-text__underline rich-text__strike',
  },
};
