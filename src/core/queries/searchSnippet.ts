import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../shared/api';
import type { SearchTerms } from './searchTerms';
import { queryWordsMatchedBy } from './searchTerms';

/** About one line of the results list. */
export const SNIPPET_WIDTH = 120;
/** Context kept before the first match, so the agent sees what the word was about. */
const LEAD = 30;

// Marks (\p{M}) belong to the word: "Ångström" may arrive decomposed, as A + ring + ...
const TEXT_WORD = /[\p{L}\p{N}\p{M}]+/gu;

interface Span {
  start: number;
  end: number;
}

export interface Matches {
  /** The text with runs of whitespace made single spaces: a snippet is one line. */
  text: string;
  /** Matched words, in the original characters' positions (folding "æ" to "ae" never shifts them). */
  spans: Span[];
  /** Whether every query word matched somewhere in this text. */
  all: boolean;
}

/** Finds the query's words in `raw` by folding each word of it separately, so positions stay the original's. */
export function findMatches(raw: string, terms: SearchTerms): Matches {
  const text = raw.replace(/\s+/g, ' ').trim();
  const spans: Span[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(TEXT_WORD)) {
    const matched = queryWordsMatchedBy(terms, m[0]);
    if (matched.length === 0) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
    for (const i of matched) seen.add(i);
  }
  return { text, spans, all: terms.words.length > 0 && seen.size === terms.words.length };
}

/** A window of about SNIPPET_WIDTH characters around the first match, matched words between highlight marks. */
export function snippet({ text, spans }: Matches, width = SNIPPET_WIDTH): string {
  const first = spans[0];
  let start = 0;
  let end = text.length;
  if (text.length > width) {
    const anchor = first ?? { start: 0, end: 0 };
    start = Math.max(0, Math.min(anchor.start - LEAD, text.length - width));
    if (start > 0 && text[start - 1] !== ' ') {
      // Do not start mid-word: skip to the next word, but never past the match.
      const space = text.indexOf(' ', start);
      start = space !== -1 && space < anchor.start ? space + 1 : anchor.start;
    }
    end = Math.min(text.length, start + width);
    if (end < text.length && text[end] !== ' ') {
      const space = text.lastIndexOf(' ', end);
      if (space >= anchor.end) end = space;
    }
  }
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const span of spans) {
    if (span.start < start || span.end > end) continue;
    out += text.slice(at, span.start) + HIGHLIGHT_START + text.slice(span.start, span.end) + HIGHLIGHT_END;
    at = span.end;
  }
  out += text.slice(at, end);
  return end < text.length ? `${out}…` : out;
}
