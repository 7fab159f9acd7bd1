import type { Db } from './openStore';

/** Keys of the `meta` table: facts about this desk's store. */
export type MetaKey =
  | 'client_id'
  | 'me_agent_id'
  | 'is_demo'
  | 'demo_seed'
  | 'demo_cases'
  /** Promises due up to this instant were announced (or came due before this desk first ran). */
  | 'promise_reminders_until';

export function getMeta(db: Db, key: MetaKey): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: MetaKey, value: string): void {
  db.prepare(
    'INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
