import { describe, expect, it } from 'vitest';
import { promiseChoices } from '../../../src/renderer/features/promises/promiseChoices';
import { stockholm, utc, utcMinus5 } from '../case/stockholmZone';

const times = (choices: { id: string; at: number }[]) =>
  Object.fromEntries(choices.map((c) => [c.id, new Date(c.at).toISOString()]));

describe('promise due-time choices', () => {
  it('before 16:00: today at four, tomorrow morning, and in three days at four', () => {
    // Thursday 12 March 2026, 10:00 in Stockholm.
    expect(times(promiseChoices(utc('2026-03-12T09:00:00Z'), stockholm))).toEqual({
      today: '2026-03-12T15:00:00.000Z',
      tomorrowMorning: '2026-03-13T07:00:00.000Z',
      inThreeDays: '2026-03-15T15:00:00.000Z',
    });
  });

  it('from 16:00 on, "today" becomes tomorrow at four', () => {
    const atFour = promiseChoices(utc('2026-03-12T15:00:00Z'), stockholm);
    expect(atFour[0]).toEqual({ id: 'tomorrowAfternoon', at: utc('2026-03-13T15:00:00Z') });
    const evening = promiseChoices(utc('2026-03-12T21:30:00Z'), stockholm);
    expect(evening.map((c) => c.id)).toEqual(['tomorrowAfternoon', 'tomorrowMorning', 'inThreeDays']);
  });

  it('keeps the wall-clock times when summer time starts in between', () => {
    // Friday 27 March 2026, 10:00 CET; in three days is Monday 30 March 16:00 CEST.
    expect(times(promiseChoices(utc('2026-03-27T09:00:00Z'), stockholm))).toEqual({
      today: '2026-03-27T15:00:00.000Z',
      tomorrowMorning: '2026-03-28T07:00:00.000Z',
      inThreeDays: '2026-03-30T14:00:00.000Z',
    });
  });

  it('keeps the wall-clock times when summer time ends in between', () => {
    // Saturday 24 October 2026, 17:00 CEST: past four, so tomorrow (CET) at four.
    expect(times(promiseChoices(utc('2026-10-24T15:00:00Z'), stockholm))).toEqual({
      tomorrowAfternoon: '2026-10-25T15:00:00.000Z',
      tomorrowMorning: '2026-10-25T07:00:00.000Z',
      inThreeDays: '2026-10-27T15:00:00.000Z',
    });
  });

  it('speaks the agent’s own day in another zone', () => {
    // 23:00 on Thursday in UTC-5: still before the next 16:00? No — today's 16:00 has passed.
    const choices = promiseChoices(utc('2026-03-13T04:00:00Z'), utcMinus5);
    expect(times(choices)).toEqual({
      tomorrowAfternoon: '2026-03-13T21:00:00.000Z',
      tomorrowMorning: '2026-03-13T13:00:00.000Z',
      inThreeDays: '2026-03-15T21:00:00.000Z',
    });
  });
});
