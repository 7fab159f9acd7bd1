import type { QueryContext } from '../queries/context';
import type { Db } from '../store/openStore';

/** What a write needs: the store, who makes the change, and one instant stamped on every row it touches. */
export interface CommandContext extends QueryContext {
  db: Db;
}
