import type { ArgsIn } from '../../../shared/api';
import type { CaseStatus, Channel } from '../../../shared/domain';

export const dateRanges = ['any', 'week', 'month', 'year'] as const;
export type DateRange = (typeof dateRanges)[number];

const DAY = 24 * 60 * 60 * 1000;
const rangeDays: Record<Exclude<DateRange, 'any'>, number> = { week: 7, month: 30, year: 365 };

/** What the agent asked for: the words and the three filters. */
export interface SearchRequest {
  q: string;
  channel: Channel | null;
  status: CaseStatus | null;
  range: DateRange;
}

export const emptyRequest: SearchRequest = { q: '', channel: null, status: null, range: 'any' };

/** Results per query: about two screens of rows, enough to rank well without a long wait. */
export const SEARCH_LIMIT = 50;

/** The earliest time a hit may have, for a date filter, counted back from `now`. */
export function sinceFor(range: DateRange, now: number): number | null {
  return range === 'any' ? null : now - rangeDays[range] * DAY;
}

/** The request as `search.query` arguments; `now` anchors the date filter at the moment of asking. */
export function queryArgs(request: SearchRequest, now: number): ArgsIn<'search.query'> {
  return {
    q: request.q,
    limit: SEARCH_LIMIT,
    channel: request.channel,
    status: request.status,
    since: sinceFor(request.range, now),
  };
}

/** One key per distinct request, so answers can be matched to what was asked. */
export function requestKey(request: SearchRequest): string {
  return JSON.stringify([request.q.trim(), request.channel, request.status, request.range]);
}
