import { measured, metrics } from '../catalog';
import type { InProcessCore } from '../coreHost';
import type { MetricResult } from '../resultSchema';
import { summarize } from '../stats';
import { openStore, type Db } from '../../src/core/store/openStore';

/**
 * The fixed query set: what agents type, in the demo's three languages. At 1M events the common words are
 * in 50,000–250,000 events, the rare ones in a few hundred; a case ref; names and folded spellings ("bjorn"
 * for Björn and Bjørn) go through the diacritic folding; short prefixes are the as-you-type case.
 */
export const searchQueries = {
  common: ['har', 'jag', 'tack', 'samtal', 'faktura'],
  rare: ['display', 'signing', 'renegotiate', 'employer', 'frederikke'],
  names: ['Björn', 'Åsa Jönsson', 'Siobhan', 'Sjögren', 'K-2026-00042'],
  prefixes: ['ti', 'fak', 'spär', 'bol', 'sam'],
  diacritics: ['bjorn', 'jonsson', 'hakan', 'orjan', 'halsningar', 'Bjørn'],
} as const;

const allQueries: readonly string[] = Object.values(searchQueries).flat();
const LIMIT = 50;

/** The naive way: a case-sensitive-ish LIKE over every row of the three sources, newest first, top 50. */
function likeScan(db: Db): (query: string) => number {
  const statements = new Map<number, ReturnType<Db['prepare']>[]>();
  const forWords = (n: number) => {
    const found = statements.get(n);
    if (found) return found;
    const where = (column: string) =>
      Array.from({ length: n }, (_, i) => `${column} LIKE :w${i}`).join(' AND ');
    const made = [
      db.prepare(`SELECT id FROM people WHERE ${where('name')} ORDER BY created_at DESC LIMIT ${LIMIT}`),
      db.prepare(
        `SELECT id FROM cases WHERE ${where('subject')} ORDER BY last_contact_at DESC LIMIT ${LIMIT}`,
      ),
      db.prepare(`SELECT id FROM events WHERE ${where('body_text')} ORDER BY created_at DESC LIMIT ${LIMIT}`),
    ];
    statements.set(n, made);
    return made;
  };
  return (query) => {
    const words = query.split(/\s+/).filter(Boolean);
    const params = Object.fromEntries(words.map((w, i) => [`w${i}`, `%${w}%`]));
    return forWords(words.length).reduce((hits, statement) => hits + statement.all(params).length, 0);
  };
}

/**
 * search.query through the dispatcher (validation, the three FTS lookups, snippets) over the reference store,
 * each query of the set timed `rounds` times, against one LIKE scan per query as the baseline.
 */
export async function measureSearch(
  { api }: InProcessCore,
  storeFile: string,
  rounds: number,
): Promise<MetricResult> {
  const hitsPerQuery: Record<string, number> = {};
  for (const q of allQueries)
    hitsPerQuery[q] = (await api.call('search.query', { q, limit: LIMIT })).hits.length;

  const searchMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of allQueries) {
      const start = performance.now();
      await api.call('search.query', { q, limit: LIMIT });
      searchMs.push(performance.now() - start);
    }
  }

  const db = openStore({ path: storeFile });
  const likeMs: number[] = [];
  try {
    const scan = likeScan(db);
    for (const q of allQueries) {
      const start = performance.now();
      scan(q);
      likeMs.push(performance.now() - start);
    }
  } finally {
    db.close();
  }

  const search = summarize(searchMs);
  const like = summarize(likeMs);
  const slowest = allQueries
    .map((q, i) => ({ q, ms: Math.max(...searchMs.filter((_, k) => k % allQueries.length === i)) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map(({ q, ms }) => `${q}: ${ms.toFixed(1)} ms`);
  return measured(metrics.searchDb, {
    value: search.p95,
    summary: search,
    baseline: { name: 'LIKE scan of people, cases and events, p95', value: like.p95 },
    details: { queries: allQueries.length, hitsPerQuery, slowest, likeMedianMs: like.median },
  });
}
