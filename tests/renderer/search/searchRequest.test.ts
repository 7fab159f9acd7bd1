import { describe, expect, it } from 'vitest';
import { queryArgs, requestKey, sinceFor } from '../../../src/renderer/features/search/searchRequest';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 2, 12, 15, 0);

describe('search filters', () => {
  it('asks for any time, or counts the date range back from the moment of asking', () => {
    expect(sinceFor('any', now)).toBeNull();
    expect(sinceFor('week', now)).toBe(now - 7 * DAY);
    expect(sinceFor('month', now)).toBe(now - 30 * DAY);
    expect(sinceFor('year', now)).toBe(now - 365 * DAY);
  });

  it('passes the words, channel, status and start date to search.query', () => {
    expect(queryArgs({ q: 'faktura', channel: 'phone', status: 'open', range: 'week' }, now)).toEqual({
      q: 'faktura',
      limit: 50,
      channel: 'phone',
      status: 'open',
      since: now - 7 * DAY,
    });
  });

  it('treats words that differ only in surrounding spaces as the same request', () => {
    const base = { channel: null, status: null, range: 'any' } as const;
    expect(requestKey({ ...base, q: ' bjorn ' })).toBe(requestKey({ ...base, q: 'bjorn' }));
    expect(requestKey({ ...base, q: 'bjorn' })).not.toBe(
      requestKey({ ...base, q: 'bjorn', channel: 'email' }),
    );
  });
});
