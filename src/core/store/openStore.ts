import Database from 'better-sqlite3';
import { foldForSearch } from '../../shared/text/foldForSearch';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';

export type Db = Database.Database;

export interface OpenStoreOptions {
  /** A file path, or ':memory:' for tests. */
  path: string;
  /** Path of a better_sqlite3.node built for the running runtime (Electron), when not the default. */
  nativeBinding?: string | undefined;
}

/** Raised when the database was written by a newer Nära: we refuse to touch it rather than wipe it. */
export class StoreFromFutureError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data folder was written by a newer version of Nära (schema ${found}; this version reads up to ${supported}). ` +
        'Nothing was changed. Update Nära to open it.',
    );
    this.name = 'StoreFromFutureError';
  }
}

export function openStore({ path, nativeBinding }: OpenStoreOptions): Db {
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  try {
    // Refused before any pragma: switching to WAL rewrites the file header; a newer store must stay untouched.
    const found = schemaVersion(db);
    if (found > LATEST_SCHEMA_VERSION) throw new StoreFromFutureError(found, LATEST_SCHEMA_VERSION);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 64 MiB page cache (default 2 MiB): inbox counts at 100k cases read about a third as many pages.
    db.pragma('cache_size = -65536');
    db.function('nara_fold', { deterministic: true }, (text: unknown) => foldForSearch(String(text ?? '')));
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies each missing step in its own transaction, bumping user_version with it. */
export function migrate(db: Db, steps: readonly string[] = migrations): void {
  const current = schemaVersion(db);
  if (current > steps.length) throw new StoreFromFutureError(current, LATEST_SCHEMA_VERSION);
  for (let version = current; version < steps.length; version++) {
    const sql = steps[version] as string;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
