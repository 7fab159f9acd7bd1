import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from '../../../src/shared/api';
import { SNIPPET_WIDTH, findMatches, snippet } from '../../../src/core/queries/searchSnippet';
import { ftsMatch, searchTerms } from '../../../src/core/queries/searchTerms';

const highlight = (text: string, query: string) => snippet(findMatches(text, searchTerms(query, 2)));

describe('search terms', () => {
  it('fold the query like the index and quote every word, the last one as a prefix', () => {
    expect(ftsMatch(searchTerms('Bjørn Ångström', 2))).toBe('"bjorn" "angstrom"*');
    expect(ftsMatch(searchTerms('K-2026-00042', 2))).toBe('"k" "2026" "00042"*');
  });

  it('leave no FTS syntax behind, whatever was typed', () => {
    expect(ftsMatch(searchTerms('NEAR(bjorn "x" ^yes:*', 2))).toBe('"near" "bjorn" "x" "yes"*');
    expect(searchTerms(' " ( * ^ : ) ', 2).words).toEqual([]);
  });

  it('search a one-letter last word as a whole word unless asked to allow it as a prefix', () => {
    expect(ftsMatch(searchTerms('anna b', 2))).toBe('"anna" "b"');
    expect(ftsMatch(searchTerms('anna b', 1))).toBe('"anna" "b"*');
  });
});

describe('search snippets', () => {
  it('mark the original characters when the folded text is longer (æ folds to "ae")', () => {
    expect(highlight('Blåbær, ærlighet och kærlighet', 'kaerlighet')).toBe(
      `Blåbær, ærlighet och ${S}kærlighet${E}`,
    );
    expect(highlight('Æsop og Ærø', 'aero')).toBe(`Æsop og ${S}Ærø${E}`);
  });

  it('mark whole words for the word being typed, every occurrence', () => {
    expect(highlight('Bjørn ringde. bjorn igen, BJØRN!', 'bjø')).toBe(
      `${S}Bjørn${E} ringde. ${S}bjorn${E} igen, ${S}BJØRN${E}!`,
    );
    expect(highlight('Anna Ångström, Jönsson', 'angstrom jonsson')).toBe(
      `Anna ${S}Ångström${E}, ${S}Jönsson${E}`,
    );
  });

  it('keep a decomposed letter with its word', () => {
    const decomposed = 'Hej A\u030Angstro\u0308m!';
    expect(highlight(decomposed, 'angstrom')).toBe(`Hej ${S}A\u030Angstro\u0308m${E}!`);
  });

  it('show about one line around the first match, cut at word edges', () => {
    const before =
      'Kunden har ringt flera gånger om sin elräkning och vill veta varför den är så hög denna månad. '.repeat(
        3,
      );
    const after = ' Hon vill också byta avtal och få en ny mätare installerad innan sommaren kommer. '.repeat(
      3,
    );
    const text = `${before}Bjørn lovade att ringa tillbaka.${after}`;
    const shown = highlight(text, 'bjorn');
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).toContain(`${S}Bjørn${E} lovade att ringa tillbaka.`);
    const plain = shown.replaceAll(S, '').replaceAll(E, '').replaceAll('…', '');
    expect(plain.length).toBeLessThanOrEqual(SNIPPET_WIDTH);
    expect(plain.length).toBeGreaterThan(SNIPPET_WIDTH - 20);
    expect(text).toContain(plain.trim());
  });

  it('make one line of several', () => {
    expect(highlight('Hej!\n\nJag heter   Bjørn.\n', 'bjorn')).toBe(`Hej! Jag heter ${S}Bjørn${E}.`);
  });

  it('fall back to the start of the text when nothing can be marked', () => {
    expect(highlight('Kort text', 'annat')).toBe('Kort text');
    expect(highlight('x'.repeat(300), 'annat')).toBe(`${'x'.repeat(SNIPPET_WIDTH)}…`);
  });
});
