/**
 * The hub's storage port: PostgreSQL through `pg` when DATABASE_URL is set, otherwise PGlite (the
 * same PostgreSQL, embedded). Everything above this file speaks plain SQL with $1 parameters;
 * bigint columns come back as JS numbers (epoch milliseconds and versions stay far below 2^53).
 */
export interface Sql {
  query<R extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
}

export type Isolation = 'read committed' | 'repeatable read';

export interface HubDb extends Sql {
  readonly kind: 'postgres' | 'pglite';
  /** BEGIN … COMMIT around `work`; ROLLBACK when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>, options?: { isolation?: Isolation }): Promise<T>;
  /** LISTEN: `onPayload` runs for every NOTIFY on `channel` (from any connection or hub instance). */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** PostgreSQL error codes the hub reacts to (SQLSTATE). */
export const sqlState = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
} as const;

export function sqlStateOf(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return null;
}

/**
 * Failures that say nothing about the request: the connection dropped, the server is shutting down
 * or overloaded, a serialization conflict or deadlock. The same request may well succeed later.
 * SQLSTATE classes 08, 40, 53, 57 and 58; Node socket errors.
 */
export function isTransientDbError(error: unknown): boolean {
  const state = sqlStateOf(error);
  if (state === null) return false;
  if (/^(08|40|53|57|58)/.test(state)) return true;
  return ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(state);
}
