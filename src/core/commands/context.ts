import type { QueryContext } from '../queries/context';
import type { Db } from '../store/openStore';

/** What a write needs: the store, who makes the change, and one instant stamped on every row it touches. */
export interface CommandContext extends QueryContext {
  db: Db;
  /**
   * Set while sync re-applies a queued command on top of the hub's state (src/core/sync/rebase.ts):
   * the command makes its rows with the ids it recorded the first time (`commandId`), and is not
   * queued again (it is still in the outbox).
   */
  replay?: { ids: Readonly<Record<string, unknown>> } | undefined;
}
