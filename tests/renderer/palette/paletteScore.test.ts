import { describe, expect, it } from 'vitest';
import { paletteScore } from '../../../src/renderer/features/palette/paletteScore';

describe('finding things in the command palette', () => {
  it('shows everything before anything is typed', () => {
    expect(paletteScore('Go to Team', '')).toBe(1);
  });

  it('ranks a label that starts with the words above one that merely contains them', () => {
    expect(paletteScore('Team', 'team')).toBeGreaterThan(paletteScore('Go to Team', 'team'));
    expect(paletteScore('Go to Team', 'team')).toBeGreaterThan(paletteScore('Steam room', 'team'));
  });

  it('finds letters typed in order, loosely, below whole words', () => {
    expect(paletteScore('Go to Team', 'gtt')).toBeGreaterThan(0);
    expect(paletteScore('Go to Team', 'gtt')).toBeLessThan(paletteScore('Go to Team', 'go'));
  });

  it('needs every word typed to fit', () => {
    expect(paletteScore('Make a promise', 'make promise')).toBeGreaterThan(0);
    expect(paletteScore('Make a promise', 'make snooze')).toBe(0);
  });

  it('ignores case and Nordic diacritics', () => {
    expect(paletteScore('Inställningar', 'installningar')).toBe(1);
    expect(paletteScore('Løfter å holde', 'lofter')).toBe(1);
    expect(paletteScore('Søk', 'SØK')).toBe(1);
  });
});
