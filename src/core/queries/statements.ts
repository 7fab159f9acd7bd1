import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/openStore';

const caches = new WeakMap<Db, Map<string, Statement<unknown[], unknown>>>();

/**
 * Prepares `sql` once per connection. Reads run on every keystroke and scroll, and the inbox
 * builds its SQL from a handful of fixed variants, so each text is compiled only the first time.
 */
export function prepared<Row>(db: Db, sql: string): Statement<unknown[], Row> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare<unknown[], unknown>(sql);
    cache.set(sql, statement);
  }
  return statement as Statement<unknown[], Row>;
}
