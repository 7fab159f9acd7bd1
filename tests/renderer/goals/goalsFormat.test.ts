import { describe, expect, it } from 'vitest';
import { formatPercent, keptShare } from '../../../src/renderer/features/goals/goalsFormat';

describe('promises kept on time', () => {
  it('is the share of promises that came due and were kept by their due time', () => {
    expect(keptShare(12, 16)).toBe(0.75);
    expect(formatPercent(0.75, 'en')).toBe('75%');
    expect(formatPercent(0.75, 'sv')).toMatch(/^75\s%$/);
  });

  it('has no share at all when no promise came due, rather than 0 % or 100 %', () => {
    expect(keptShare(0, 0)).toBeNull();
  });
});
