import type { SearchHit } from '../../../shared/api';
import { emptyRequest, type SearchRequest } from './searchRequest';

/** The answer the core gave for one request (by `requestKey`). */
export interface SearchAnswer {
  key: string;
  hits: SearchHit[];
  /** The desk was still building its search index: matches may be missing. */
  indexing: boolean;
}

/** The search the agent left, so coming back from a hit shows the same results with that hit selected. */
export interface SearchPlace {
  request: SearchRequest;
  answer: SearchAnswer | null;
  /** The selected row, for the answer with this key. */
  selection: { key: string; index: number };
}

// Module state on purpose: the place lives while the app runs (one window, one agent) and no other
// screen needs it; a restart starts a fresh search.
let place: SearchPlace = { request: emptyRequest, answer: null, selection: { key: '', index: 0 } };

export function lastSearchPlace(): SearchPlace {
  return place;
}

export function rememberSearchPlace(next: SearchPlace): void {
  place = next;
}
