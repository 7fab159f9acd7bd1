import { foldForSearch } from '../../../shared/text/foldForSearch';

/** How well one query word fits the text: whole-text start, word start, inside a word, or letters in order. */
function wordScore(text: string, word: string): number {
  const at = text.indexOf(word);
  if (at === 0) return 1;
  if (at > 0) return /[\s/(–—-]/.test(text.charAt(at - 1)) ? 0.9 : 0.7;
  // Fuzzy: the letters in order with gaps ("gtt" finds "Go to Team"); every gap costs a little.
  let from = 0;
  let last = -1;
  let gaps = 0;
  for (const char of word) {
    const found = text.indexOf(char, from);
    if (found < 0) return 0;
    if (last >= 0 && found !== last + 1) gaps++;
    last = found;
    from = found + 1;
  }
  return Math.max(0.05, 0.5 - gaps * 0.05);
}

/**
 * How well an entry's words fit what the agent typed, from 0 (hide it) to 1 (starts with it). Every
 * typed word must fit; case and diacritics do not matter, so "installningar" finds "Inställningar".
 */
export function paletteScore(text: string, query: string): number {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  const folded = foldForSearch(text);
  let total = 0;
  for (const word of words) {
    const score = wordScore(folded, word);
    if (score === 0) return 0;
    total += score;
  }
  return total / words.length;
}
