import { describe, expect, it } from 'vitest';
import { snoozeChoices } from '../../../src/renderer/features/case/actions/snoozeChoices';
import { formatChoiceTime } from '../../../src/renderer/features/case/actions/formatChoice';
import { stockholm, utc, utcMinus5 } from './stockholmZone';

const times = (choices: { id: string; at: number }[]) =>
  Object.fromEntries(choices.map((c) => [c.id, new Date(c.at).toISOString()]));

describe('snooze quick choices', () => {
  it('on a Thursday morning: this afternoon, tomorrow, next Monday and in a week', () => {
    // Thursday 12 March 2026, 10:00 in Stockholm (CET, UTC+1).
    const choices = snoozeChoices(utc('2026-03-12T09:00:00Z'), stockholm);
    expect(times(choices)).toEqual({
      laterToday: '2026-03-12T15:00:00.000Z',
      tomorrow: '2026-03-13T07:00:00.000Z',
      nextMonday: '2026-03-16T07:00:00.000Z',
      inAWeek: '2026-03-19T07:00:00.000Z',
    });
  });

  it('offers no "later today" once 16:00 has passed', () => {
    const ids = snoozeChoices(utc('2026-03-12T15:00:00Z'), stockholm).map((c) => c.id);
    expect(ids).toEqual(['tomorrow', 'nextMonday', 'inAWeek']);
  });

  it('keeps 08:00 on the wall clock across the spring-forward night', () => {
    // Saturday 28 March 2026 10:00 CET; the clocks go forward that night.
    const choices = snoozeChoices(utc('2026-03-28T09:00:00Z'), stockholm);
    expect(times(choices)).toEqual({
      laterToday: '2026-03-28T15:00:00.000Z',
      tomorrow: '2026-03-29T06:00:00.000Z',
      nextMonday: '2026-03-30T06:00:00.000Z',
      inAWeek: '2026-04-04T06:00:00.000Z',
    });
  });

  it('keeps 08:00 on the wall clock across the autumn night the clocks go back', () => {
    // Saturday 24 October 2026 20:00 CEST.
    const choices = snoozeChoices(utc('2026-10-24T18:00:00Z'), stockholm);
    expect(times(choices)).toEqual({
      tomorrow: '2026-10-25T07:00:00.000Z',
      nextMonday: '2026-10-26T07:00:00.000Z',
      inAWeek: '2026-10-31T07:00:00.000Z',
    });
  });

  it('does not offer the same time twice: on a Sunday next Monday is tomorrow', () => {
    const ids = snoozeChoices(utc('2026-03-15T09:00:00Z'), stockholm).map((c) => c.id);
    expect(ids).toEqual(['laterToday', 'tomorrow', 'inAWeek']);
  });

  it('and on a Monday next Monday is in a week', () => {
    const ids = snoozeChoices(utc('2026-03-16T09:00:00Z'), stockholm).map((c) => c.id);
    expect(ids).toEqual(['laterToday', 'tomorrow', 'nextMonday']);
  });

  it('counts days in the agent’s own zone, not in UTC', () => {
    // 22:00 on Thursday in UTC-5 is already Friday in UTC; tomorrow is still Friday 08:00 local.
    const choices = snoozeChoices(utc('2026-03-13T03:00:00Z'), utcMinus5);
    expect(times(choices).tomorrow).toBe('2026-03-13T13:00:00.000Z');
    expect(times(choices).nextMonday).toBe('2026-03-16T13:00:00.000Z');
  });

  it('names each time with a 24-hour clock in Swedish, Norwegian and English', () => {
    // Formatting reads the process's zone, whatever it is: 16:00 there.
    const at = new Date(2026, 2, 16, 16, 0).getTime();
    for (const locale of ['sv', 'nb', 'en'] as const) {
      const text = formatChoiceTime(at, locale);
      expect(text, locale).toMatch(/16[:.]00/);
      expect(text, locale).not.toMatch(/PM/i);
    }
  });
});
