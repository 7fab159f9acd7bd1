import type { Db } from '../store/openStore';
import { prepared } from './statements';

/**
 * The three FTS lookups. Each ranks by bm25 among the SEARCH_WINDOW most recent matches (rowid
 * order, which FTS5 walks lazily) instead of `ORDER BY rank` over every match: at 1M events a
 * common word made `ORDER BY rank LIMIT` take 220–400 ms, the window 8–30 ms. A rare word has
 * fewer matches than the window, so its ranking is exact. Merged people are left out.
 */
export const SEARCH_WINDOW = 1000;

export interface PersonMatch {
  id: string;
  name: string;
  preferred_name: string | null;
  note_text: string;
  created_at: number;
  score: number;
}

export interface CaseMatch {
  id: string;
  ref: string;
  subject: string;
  person_id: string;
  last_contact_at: number;
  score: number;
}

export interface EventMatch {
  id: string;
  kind: 'contact' | 'note';
  case_id: string;
  body_text: string;
  created_at: number;
  person_id: string;
  person_name: string;
  subject: string;
  score: number;
}

/** The search's filters; null means "any". A person passes when any one of their cases passes them all. */
export interface SearchFilters {
  channel: string | null;
  status: string | null;
  since: number | null;
}

const filtering = (f: SearchFilters): boolean => f.channel !== null || f.status !== null || f.since !== null;

// A case passing the channel and status filters; `since` is added per source (what "at" means differs).
const caseFilter = '(:channel IS NULL OR c.channel = :channel) AND (:status IS NULL OR c.status = :status)';

// A name match weighs ten times a match in the person note.
const peopleSql = (filtered: boolean) => `
SELECT p.id, p.name, p.preferred_name, p.note_text, p.created_at, f.score
FROM (SELECT rowid, bm25(people_fts, 10.0, 1.0) AS score FROM people_fts
      WHERE people_fts MATCH :match ORDER BY rowid DESC LIMIT :window) f
JOIN people p ON p.n = f.rowid
WHERE p.merged_into IS NULL${
  filtered
    ? `
  AND EXISTS (SELECT 1 FROM cases c WHERE c.person_id = p.id AND ${caseFilter}
              AND (:since IS NULL OR c.last_contact_at >= :since))`
    : ''
}
ORDER BY f.score, p.created_at DESC
LIMIT :limit`;

const casesSql = (filtered: boolean) => `
SELECT c.id, c.ref, c.subject, c.person_id, c.last_contact_at, f.score
FROM (SELECT rowid, rank AS score FROM cases_fts
      WHERE cases_fts MATCH :match ORDER BY rowid DESC LIMIT :window) f
JOIN cases c ON c.n = f.rowid
JOIN people p ON p.id = c.person_id
WHERE p.merged_into IS NULL${
  filtered ? ` AND ${caseFilter} AND (:since IS NULL OR c.last_contact_at >= :since)` : ''
}
ORDER BY f.score, c.last_contact_at DESC
LIMIT :limit`;

// The hit belongs to the case's person (a merge moves cases; events keep whom they came from).
const eventsSql = (filtered: boolean) => `
SELECT e.id, e.kind, e.case_id, e.body_text, e.created_at, c.person_id,
  coalesce(nullif(p.preferred_name, ''), p.name) AS person_name, c.subject, f.score
FROM (SELECT rowid, rank AS score FROM events_fts
      WHERE events_fts MATCH :match ORDER BY rowid DESC LIMIT :window) f
JOIN events e ON e.n = f.rowid
JOIN cases c ON c.id = e.case_id
JOIN people p ON p.id = c.person_id
WHERE e.kind IN (SELECT value FROM json_each(:kinds)) AND p.merged_into IS NULL${
  filtered ? ` AND ${caseFilter} AND (:since IS NULL OR e.created_at >= :since)` : ''
}
ORDER BY f.score, e.created_at DESC
LIMIT :limit`;

/** Bound parameters: the filters only when the statement has them (better-sqlite3 refuses extras). */
function bound(filters: SearchFilters, rest: Record<string, unknown>): Record<string, unknown> {
  return filtering(filters) ? { ...rest, ...filters } : rest;
}

export function matchPeople(db: Db, match: string, limit: number, filters: SearchFilters): PersonMatch[] {
  return prepared<PersonMatch>(db, peopleSql(filtering(filters))).all(
    bound(filters, { match, limit, window: SEARCH_WINDOW }),
  );
}

export function matchCases(db: Db, match: string, limit: number, filters: SearchFilters): CaseMatch[] {
  return prepared<CaseMatch>(db, casesSql(filtering(filters))).all(
    bound(filters, { match, limit, window: SEARCH_WINDOW }),
  );
}

export function matchEvents(
  db: Db,
  match: string,
  kinds: readonly EventMatch['kind'][],
  limit: number,
  filters: SearchFilters,
): EventMatch[] {
  if (kinds.length === 0) return [];
  return prepared<EventMatch>(db, eventsSql(filtering(filters))).all(
    bound(filters, { match, limit, window: SEARCH_WINDOW, kinds: JSON.stringify(kinds) }),
  );
}
