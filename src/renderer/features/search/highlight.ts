import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit } from '../../../shared/api';

/** A run of text that is either matched (shown in <mark>) or not. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Splits a core snippet at its highlight marks. Adjacent marked runs join into one, a start mark
 * that is never closed marks to the end, and a stray end mark is dropped: a snippet cut mid-way
 * must still read as text, never as control characters.
 */
export function splitHighlights(snippet: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  let text = '';
  const flush = () => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
    text = '';
  };
  for (const char of snippet) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      flush();
      marked = char === HIGHLIGHT_START;
    } else {
      text += char;
    }
  }
  flush();
  return segments;
}

/** The snippet as plain text, marks removed. */
export function stripHighlights(snippet: string): string {
  return snippet.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '');
}

/** What a result row shows: a heading, and a line of matched text when it says more than the heading. */
export interface HitLines {
  heading: Segment[];
  detail: Segment[] | null;
}

/**
 * A person found by name and a case found by its reference or subject have a snippet that is their
 * title with the matched words marked: that becomes the heading. Otherwise (messages, notes, a person
 * found through their note) the title heads the row and the snippet shows where the words matched.
 */
export function hitLines(hit: Pick<SearchHit, 'title' | 'snippet'>): HitLines {
  const plain = stripHighlights(hit.snippet);
  // A long title arrives cut to a window, with "…" where it was cut.
  const window = plain.replace(/^…/, '').replace(/…$/, '');
  const isTitle = window !== '' && (hit.title.includes(window) || plain.startsWith(`${hit.title} `));
  if (isTitle) return { heading: splitHighlights(hit.snippet), detail: null };
  const detail = splitHighlights(hit.snippet);
  return { heading: [{ text: hit.title, marked: false }], detail: detail.length > 0 ? detail : null };
}
