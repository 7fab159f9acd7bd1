import { useMemo } from 'react';
import { renderRichText } from './renderRichText';
import '../editor.css';

interface Props {
  /** Serialized Lexical state (an event's bodyRich, a person's noteRich); null for plain text only. */
  rich: string | null;
  /** The plain text beside it, shown when there is no rich text or it cannot be read. */
  text: string;
  className?: string;
}

/** Read-only stored rich text: paragraphs, bold, lists, quotes, links and mentions, never raw HTML. */
export function RichTextView({ rich, text, className }: Props) {
  const content = useMemo(() => (rich === null ? null : renderRichText(rich)), [rich]);
  const classes = (variant: string) => [variant, className].filter(Boolean).join(' ');
  if (content === null || content.length === 0)
    return <div className={classes('rich-text rich-text--plain')}>{text}</div>;
  return <div className={classes('rich-text')}>{content}</div>;
}
