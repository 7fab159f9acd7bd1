import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/renderer/features/logContact/parseDuration';

describe('call duration as the agent types it', () => {
  it('reads minutes and seconds', () => {
    expect(parseDuration('4:30')).toEqual({ ok: true, seconds: 270 });
    expect(parseDuration(' 0:45 ')).toEqual({ ok: true, seconds: 45 });
    expect(parseDuration('1:05:00')).toEqual({ ok: true, seconds: 3900 });
  });

  it('reads plain minutes, with a decimal point or a Nordic comma', () => {
    expect(parseDuration('5')).toEqual({ ok: true, seconds: 300 });
    expect(parseDuration('2.5')).toEqual({ ok: true, seconds: 150 });
    expect(parseDuration('2,5')).toEqual({ ok: true, seconds: 150 });
  });

  it('treats an empty field as not given', () => {
    expect(parseDuration('')).toEqual({ ok: true, seconds: null });
    expect(parseDuration('   ')).toEqual({ ok: true, seconds: null });
  });

  it('refuses what is not a duration, and calls longer than a day', () => {
    for (const text of ['abc', '4:70', '-3', '4 min', '1:2:3:4', '2000']) {
      expect(parseDuration(text), text).toEqual({ ok: false });
    }
  });
});
