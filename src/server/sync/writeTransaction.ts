import type { HubDb, Sql } from '../db/port';
import { Changes } from './changeLog';

/**
 * Writers take turns: versions are handed out under this lock, which is held until COMMIT, so a
 * version is visible only after every smaller one is. A pull that has seen version V can never
 * later find a row at a version below V (no lost updates between cursor pages, on any instance).
 */
const WRITE_LOCK = 7_310_443;

export interface ChangeNotice {
  teams: string[];
  everyone: boolean;
}

/**
 * Runs `work` as the hub's single writer and NOTIFYs `channel` at commit when rows changed. `wrap` puts
 * a layer between the work and the transaction (push's BufferedWrites); every statement goes through it.
 */
export async function writeTransaction<T>(
  db: HubDb,
  channel: string,
  work: (changes: Changes) => Promise<T>,
  wrap: (tx: Sql) => Sql = (tx) => tx,
): Promise<T> {
  return db.transaction(async (raw) => {
    const tx = wrap(raw);
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const changes = new Changes(tx);
    const result = await work(changes);
    await changes.flush();
    if (changes.touched) {
      const notice: ChangeNotice = { teams: [...changes.teams], everyone: changes.everyone };
      // NOTIFY inside the transaction is delivered at COMMIT, and not at all on ROLLBACK.
      await tx.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(notice)]);
    }
    return result;
  });
}
