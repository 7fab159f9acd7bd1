import { describe, expect, it } from 'vitest';
import { humaniseDuration } from '../../../src/renderer/features/goals/humaniseDuration';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe('measured times as an agent says them', () => {
  it('writes hours and minutes in each language’s abbreviations', () => {
    expect(humaniseDuration(2 * H + 15 * MIN, 'en')).toBe('2 h 15 min');
    expect(humaniseDuration(2 * H + 15 * MIN, 'sv')).toBe('2 tim 15 min');
    expect(humaniseDuration(2 * H + 15 * MIN, 'nb')).toBe('2 t 15 min');
  });

  it('writes days, with hours while days are few', () => {
    expect(humaniseDuration(3 * D, 'en')).toBe('3 d');
    expect(humaniseDuration(3 * D + 4 * H, 'sv')).toBe('3 d 4 tim');
    expect(humaniseDuration(3 * D + 4 * H, 'nb')).toBe('3 d 4 t');
    expect(humaniseDuration(12 * D + 5 * H, 'en')).toBe('12 d');
  });

  it('writes short times in minutes or seconds', () => {
    expect(humaniseDuration(40 * S, 'en')).toBe('40 s');
    expect(humaniseDuration(15 * MIN + 20 * S, 'nb')).toBe('15 min');
    expect(humaniseDuration(0, 'sv')).toBe('0 s');
  });

  it('rounds into the next unit instead of writing 60 of the smaller one', () => {
    expect(humaniseDuration(59 * MIN + 50 * S, 'en')).toBe('1 h');
    expect(humaniseDuration(23 * H + 59 * MIN + 50 * S, 'en')).toBe('1 d');
    expect(humaniseDuration(59.7 * S, 'en')).toBe('1 min');
  });

  it('groups long counts of days the way each language writes numbers', () => {
    expect(humaniseDuration(1234 * D, 'en')).toBe('1,234 d');
    expect(humaniseDuration(1234 * D, 'sv')).toMatch(/^1\s234 d$/);
  });
});
