import { describe, expect, it } from 'vitest';
import { formatAge, formatDateTime, formatDuration, formatWhen } from '../../src/renderer/i18n/format';

const MIN = 60_000;
// Local wall-clock times, so the expectations hold in any time zone.
const now = new Date(2026, 2, 12, 15, 0).getTime();

describe('dates and times in the chosen language', () => {
  it('says how long ago a contact was', () => {
    expect(formatAge(now - 10_000, now, 'en')).toBe('now');
    expect(formatAge(now - 5 * MIN, now, 'en')).toBe('5 min ago');
    expect(formatAge(now - 3 * 60 * MIN, now, 'sv')).toBe('för 3 tim sedan');
    expect(formatAge(now - 24 * 60 * MIN, now, 'nb')).toBe('i går');
    expect(formatAge(now - 5 * 24 * 60 * MIN, now, 'en')).toBe('5 days ago');
  });

  it('writes a timeline time as day, month and clock', () => {
    const at = new Date(2026, 2, 12, 14, 2).getTime();
    expect(formatDateTime(at, now, 'en')).toBe('12 March at 14:02');
    expect(formatDateTime(at, now, 'sv')).toBe('12 mars kl. 14:02');
  });

  it('adds the year only when it is not this year', () => {
    const lastYear = new Date(2025, 11, 24, 9, 30).getTime();
    expect(formatDateTime(lastYear, now, 'en')).toContain('2025');
    expect(formatDateTime(now, now, 'en')).not.toContain('2026');
  });

  it('shows a badge time as a clock time today and a date otherwise', () => {
    expect(formatWhen(new Date(2026, 2, 12, 16, 30).getTime(), now, 'en')).toBe('16:30');
    expect(formatWhen(new Date(2026, 2, 14, 9, 0).getTime(), now, 'en')).toBe('14 Mar');
  });

  it('writes a call length in the locale’s units', () => {
    expect(formatDuration(252, 'en')).toBe('4 mins 12 secs');
    expect(formatDuration(45, 'sv')).toBe('45 s');
  });
});
