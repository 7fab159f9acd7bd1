import type { Db } from '../store/openStore';
import type { DeskSync } from './deskSync';

/**
 * The sync client serving a store, found by its store: handlers, the scheduler and command
 * announcements all hold the store, and a store has at most one sync client (openCore attaches it).
 */
const attached = new WeakMap<Db, DeskSync>();

export function attachSync(db: Db, sync: DeskSync): () => void {
  attached.set(db, sync);
  return () => {
    if (attached.get(db) === sync) attached.delete(db);
  };
}

export function attachedSync(db: Db): DeskSync | null {
  return attached.get(db) ?? null;
}
