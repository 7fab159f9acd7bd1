import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  dateInputValue,
  parseDateAndTime,
  systemWallClock,
  timeInputValue,
} from '../../../src/renderer/features/case/actions/wallClock';
import { stockholm, utc } from './stockholmZone';

describe('wall-clock time in Stockholm', () => {
  it('reads an instant as the clock on the wall shows it, summer and winter', () => {
    expect(stockholm.read(utc('2026-01-15T07:00:00Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 15,
      hour: 8,
      minute: 0,
      weekday: 4,
    });
    expect(stockholm.read(utc('2026-07-15T06:00:00Z'))).toMatchObject({ hour: 8, weekday: 3 });
  });

  it('moves a time skipped by the spring-forward jump on by the missing hour', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST; 02:30 never happens.
    expect(stockholm.at({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 })).toBe(
      utc('2026-03-29T01:30:00Z'),
    );
    expect(stockholm.read(utc('2026-03-29T01:30:00Z'))).toMatchObject({ hour: 3, minute: 30 });
  });

  it('takes the first of the two 02:30s when the clocks go back', () => {
    // 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice.
    expect(stockholm.at({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 })).toBe(
      utc('2026-10-25T00:30:00Z'),
    );
  });

  it('rolls days over month and year ends', () => {
    expect(addDays({ year: 2026, month: 12, day: 30, hour: 8, minute: 0 }, 3)).toEqual({
      year: 2027,
      month: 1,
      day: 2,
      hour: 8,
      minute: 0,
    });
    expect(addDays({ year: 2028, month: 2, day: 28, hour: 8, minute: 0 }, 1)).toMatchObject({
      month: 2,
      day: 29,
    });
  });
});

describe('the agent computer’s own zone', () => {
  // Node reads TZ again whenever it is set, so Date's local time becomes Stockholm's for these tests.
  beforeAll(() => {
    vi.stubEnv('TZ', 'Europe/Stockholm');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('agrees with the Stockholm rules on both daylight-saving edges', () => {
    const walls = [
      { year: 2026, month: 3, day: 28, hour: 16, minute: 0 },
      { year: 2026, month: 3, day: 29, hour: 2, minute: 30 },
      { year: 2026, month: 3, day: 29, hour: 8, minute: 0 },
      { year: 2026, month: 10, day: 25, hour: 2, minute: 30 },
      { year: 2026, month: 10, day: 25, hour: 8, minute: 0 },
    ];
    for (const wall of walls) expect(systemWallClock.at(wall), JSON.stringify(wall)).toBe(stockholm.at(wall));
    const instant = utc('2026-10-25T07:00:00Z');
    expect(systemWallClock.read(instant)).toEqual(stockholm.read(instant));
  });
});

describe('date and time fields', () => {
  it('round-trips the values of date and time inputs', () => {
    const wall = { year: 2026, month: 3, day: 9, hour: 8, minute: 5 };
    expect(dateInputValue(wall)).toBe('2026-03-09');
    expect(timeInputValue(wall)).toBe('08:05');
    expect(parseDateAndTime('2026-03-09', '08:05')).toEqual(wall);
  });

  it('refuses dates and times that do not exist', () => {
    expect(parseDateAndTime('2026-04-31', '10:00')).toBeNull();
    expect(parseDateAndTime('2026-02-29', '10:00')).toBeNull();
    expect(parseDateAndTime('2026-03-09', '24:00')).toBeNull();
    expect(parseDateAndTime('', '10:00')).toBeNull();
    expect(parseDateAndTime('9/3/2026', '10:00')).toBeNull();
  });
});
