import type { Segment } from './highlight';

/** Text with the matched words in <mark>, built as elements (a snippet is never parsed as HTML). */
export function HighlightedText({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, i) =>
    segment.marked ? (
      <mark key={i} className="search-mark">
        {segment.text}
      </mark>
    ) : (
      <span key={i}>{segment.text}</span>
    ),
  );
}
