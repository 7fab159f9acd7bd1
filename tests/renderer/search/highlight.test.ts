import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from '../../../src/shared/api';
import { hitLines, splitHighlights, stripHighlights } from '../../../src/renderer/features/search/highlight';

describe('matched words in a search snippet', () => {
  it('marks the words core found and leaves the rest as text', () => {
    expect(splitHighlights(`Åsa ${S}Ångström${E} called`)).toEqual([
      { text: 'Åsa ', marked: false },
      { text: 'Ångström', marked: true },
      { text: ' called', marked: false },
    ]);
  });

  it('joins adjacent matches into one mark', () => {
    expect(splitHighlights(`${S}Bjørn${E}${S} Ødegård${E}!`)).toEqual([
      { text: 'Bjørn Ødegård', marked: true },
      { text: '!', marked: false },
    ]);
  });

  it('marks to the end when a snippet was cut before its end mark', () => {
    expect(splitHighlights(`about the ${S}invoi…`)).toEqual([
      { text: 'about the ', marked: false },
      { text: 'invoi…', marked: true },
    ]);
  });

  it('drops a stray end mark and a repeated start mark instead of showing them', () => {
    expect(splitHighlights(`a${E}b ${S}${S}c${E}${E}`)).toEqual([
      { text: 'ab ', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('has nothing to show for an empty snippet or one of only marks', () => {
    expect(splitHighlights('')).toEqual([]);
    expect(splitHighlights(`${S}${E}`)).toEqual([]);
  });

  it('reads as plain text with the marks removed', () => {
    expect(stripHighlights(`${S}Lena${E} ${S}Jönsson${E}`)).toBe('Lena Jönsson');
  });
});

describe('what a result row shows', () => {
  it('heads a person found by name with the name, matched words marked, and no second line', () => {
    const lines = hitLines({ title: 'Åsa Ångström', snippet: `Åsa ${S}Ångström${E}` });
    expect(lines.heading).toEqual([
      { text: 'Åsa ', marked: false },
      { text: 'Ångström', marked: true },
    ]);
    expect(lines.detail).toBeNull();
  });

  it('keeps a preferred name beside the name in the heading', () => {
    const lines = hitLines({ title: 'Siobhán O’Connor', snippet: `Siobhán O’Connor (${S}Shiv${E})` });
    expect(stripHighlights(lines.heading.map((s) => s.text).join(''))).toBe('Siobhán O’Connor (Shiv)');
    expect(lines.detail).toBeNull();
  });

  it('heads a case with its marked title even when the title was cut to a window', () => {
    const title = 'K-2026-00042 Question about the invoice for the second quarter and the reminder fee';
    const lines = hitLines({
      title,
      snippet: `K-2026-00042 Question about the ${S}invoice${E} for the second…`,
    });
    expect(lines.heading.some((s) => s.marked && s.text === 'invoice')).toBe(true);
    expect(lines.detail).toBeNull();
  });

  it('heads a message with person and subject and shows where the words matched below', () => {
    const lines = hitLines({ title: 'Lena Jönsson · Moving house', snippet: `…we ${S}moved${E} last week` });
    expect(lines.heading).toEqual([{ text: 'Lena Jönsson · Moving house', marked: false }]);
    expect(lines.detail).toEqual([
      { text: '…we ', marked: false },
      { text: 'moved', marked: true },
      { text: ' last week', marked: false },
    ]);
  });

  it('shows only the title when a hit has no snippet', () => {
    expect(hitLines({ title: 'Åsa Ångström', snippet: '' })).toEqual({
      heading: [{ text: 'Åsa Ångström', marked: false }],
      detail: null,
    });
  });
});
