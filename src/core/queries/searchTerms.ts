import { foldForSearch } from '../../shared/text/foldForSearch';

/**
 * What the agent typed, as FTS terms: folded like the index ("Bjørn" → "bjorn") and split on
 * anything that is not a letter or digit, so quotes, operators (AND, NEAR, *, ^, :, parentheses)
 * and punctuation never reach FTS5 as syntax. The last word is the one still being typed.
 */
export interface SearchTerms {
  words: string[];
  /** The last word matches as a prefix only from this length on (one letter would match half the index). */
  prefixMinLength: number;
}

/** A query this long is a paste, not a search; more words only slow FTS down without narrowing much. */
const MAX_WORDS = 16;

const WORD = /[\p{L}\p{N}]+/gu;

export function searchTerms(query: string, prefixMinLength: number): SearchTerms {
  const words = foldForSearch(query).match(WORD) ?? [];
  return { words: words.slice(0, MAX_WORDS), prefixMinLength };
}

function isPrefix({ words, prefixMinLength }: SearchTerms, index: number): boolean {
  const word = words[index];
  return index === words.length - 1 && word !== undefined && word.length >= prefixMinLength;
}

/** Each word as an FTS5 string (so it is never an operator), all of them required, the last as a prefix. */
export function ftsMatch(terms: SearchTerms): string {
  return terms.words
    .map((word, i) => `"${word.replaceAll('"', '""')}"${isPrefix(terms, i) ? '*' : ''}`)
    .join(' ');
}

/** Which query words one word of a text satisfies, the way ftsMatch asked FTS5 to match them. */
export function queryWordsMatchedBy(terms: SearchTerms, textWord: string): number[] {
  const parts = foldForSearch(textWord).match(WORD) ?? [];
  const matched: number[] = [];
  terms.words.forEach((word, i) => {
    const prefix = isPrefix(terms, i);
    if (parts.some((part) => (prefix ? part.startsWith(word) : part === word))) matched.push(i);
  });
  return matched;
}
