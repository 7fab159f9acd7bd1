import { describe, expect, it } from 'vitest';
import { median, percentile, round, summarize } from '../../bench/stats';

describe('the figures a benchmark reports', () => {
  it('takes the p95 as the nearest rank, never an interpolated value nobody measured', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile([3, 1, 2], 95)).toBe(3);
    expect(percentile([7], 50)).toBe(7);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [5, 1, 4];
    percentile(samples, 50);
    median(samples);
    expect(samples).toEqual([5, 1, 4]);
  });

  it('gives the middle of an even count as the mean of the two middle samples', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([9, 1, 5])).toBe(5);
  });

  it('summarizes samples, and refuses to summarize none', () => {
    expect(summarize([2, 4, 6, 8])).toEqual({ samples: 4, median: 5, p95: 8, min: 2, max: 8, mean: 5 });
    expect(() => summarize([])).toThrow(RangeError);
  });

  it('rounds to three significant digits for the report', () => {
    expect(round(12.3456)).toBe(12.3);
    expect(round(0.012345)).toBe(0.0123);
    expect(round(52345.6)).toBe(52346);
    expect(round(0)).toBe(0);
  });
});
