import { POKE } from '../../shared/sync';
import type { HubContext } from '../hubContext';
import type { ChangeNotice } from '../sync/writeTransaction';

/** Anything that can be poked: a live WebSocket (or a test's stand-in). */
export interface PokeTarget {
  readonly teamIds: readonly string[];
  send(frame: string): void;
}

/**
 * Turns "rows changed" notifications (LISTEN on the change channel: from this instance and every
 * other one on the same database) into empty frames for the agents whose teams were touched.
 */
export class Pokes {
  private readonly targets = new Set<PokeTarget>();
  private stop: (() => Promise<void>) | null = null;

  async start(hub: HubContext): Promise<void> {
    this.stop = await hub.db.listen(hub.changeChannel, (payload) => this.deliver(payload));
  }

  add(target: PokeTarget): () => void {
    this.targets.add(target);
    return () => this.targets.delete(target);
  }

  private deliver(payload: string): void {
    let notice: ChangeNotice;
    try {
      notice = JSON.parse(payload) as ChangeNotice;
    } catch {
      return;
    }
    const teams = new Set(notice.teams);
    for (const target of this.targets) {
      if (notice.everyone || target.teamIds.some((t) => teams.has(t))) target.send(POKE);
    }
  }

  async close(): Promise<void> {
    this.targets.clear();
    await this.stop?.();
  }
}
