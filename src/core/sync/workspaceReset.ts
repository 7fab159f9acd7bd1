import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { v7 as uuidv7 } from 'uuid';
import type { HubAccount } from '../../shared/api/methods/sync';
import type { Session } from '../../shared/sync';
import { getMeta, setMeta } from '../store/meta';
import type { Db } from '../store/openStore';
import { clearSearchBacklog } from '../store/searchBacklog';
import { clearSyncState, readSyncState, writeSyncState } from './syncState';

/** Rows deleted per transaction: a few milliseconds each, so the desk stays responsive meanwhile. */
const CHUNK = 500;

/** Children before parents (foreign keys); merged people before the people they were merged into. */
const wiped = [
  'drafts',
  'events',
  'promises',
  'person_merges',
  'contact_points',
  'cases',
  'people',
  'saved_replies',
  'agents',
  'teams',
] as const;

/**
 * Why this desk's workspace may not be replaced by a hub account's: work made here that no hub has.
 * A demo workspace may always go; so may an empty one, or one of another account whose changes were
 * all sent. Returns the number of changes that would be lost, 0 when nothing would be.
 */
export function unsentWork(db: Db, bound: HubAccount | null): number {
  if (bound === null && getMeta(db, 'is_demo') !== null) return 0;
  const row = db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number };
  return row.n;
}

/**
 * Replaces the desk's workspace (the demo, a local one, or another account's) with an empty one of
 * `account`, ready for its first pull: the agent and teams from the session, a new client id (the hub
 * knows every desk by it, with the agent who first pushed from it). Deleting is chunked; a restart
 * half-way finishes it (`resumeReset`).
 */
export async function resetWorkspace(
  db: Db,
  account: HubAccount,
  session: Session,
  now: number,
): Promise<void> {
  writeSyncState(db, 'reset_pending', JSON.stringify({ account, session }));
  clearSyncState(db, 'capture');
  await finishReset(db, account, session, now);
}

/** A replacement a restart interrupted: finish it before anything else runs. */
export async function resumeReset(db: Db, now: number): Promise<boolean> {
  const raw = readSyncState(db, 'reset_pending');
  if (raw === null) return false;
  const { account, session } = JSON.parse(raw) as { account: HubAccount; session: Session };
  await finishReset(db, account, session, now);
  return true;
}

async function finishReset(db: Db, account: HubAccount, session: Session, now: number): Promise<void> {
  db.transaction(() => {
    for (const fts of ['people_fts', 'cases_fts', 'events_fts']) {
      db.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('delete-all')`).run();
    }
    // Stops a backlog worker too: the rows it would index are going.
    clearSearchBacklog(db);
    db.prepare('DELETE FROM outbox').run();
    db.prepare('DELETE FROM sync_base').run();
    db.prepare('DELETE FROM people WHERE merged_into IS NOT NULL').run();
  })();
  for (const table of wiped) {
    for (;;) {
      const deleted = db.transaction(() => {
        writeSyncState(db, 'hub_write', '1');
        const rowid = table === 'drafts' ? 'rowid' : 'n';
        const changes = db
          .prepare(`DELETE FROM ${table} WHERE ${rowid} IN (SELECT ${rowid} FROM ${table} LIMIT ?)`)
          .run(CHUNK).changes;
        clearSyncState(db, 'hub_write');
        return changes;
      })();
      if (deleted < CHUNK) break;
      await yieldToLoop();
    }
  }
  db.transaction(() => {
    const me = session.agent;
    const addTeam = db.prepare('INSERT OR IGNORE INTO teams(id, name) VALUES (?, ?)');
    for (const team of session.teams) addTeam.run(team.id, team.name);
    // The first pull brings the team's name if the session did not.
    addTeam.run(me.teamId, '');
    db.prepare('INSERT INTO agents(id, name, email, team_id) VALUES (?, ?, ?, ?)').run(
      me.id,
      me.name,
      me.email,
      me.teamId,
    );
    db.prepare("DELETE FROM meta WHERE key IN ('is_demo', 'demo_seed', 'demo_cases')").run();
    setMeta(db, 'client_id', uuidv7());
    setMeta(db, 'me_agent_id', me.id);
    // The hub's promises that came due before this desk existed are not this desk's to announce.
    setMeta(db, 'promise_reminders_until', String(now));
    for (const key of ['hub_cursor', 'hub_acked_seq', 'last_synced_at', 'session_ended'] as const) {
      clearSyncState(db, key);
    }
    writeSyncState(db, 'hub_account', JSON.stringify(account));
    writeSyncState(db, 'hub_token', session.token);
    writeSyncState(db, 'capture', '1');
    clearSyncState(db, 'reset_pending');
  })();
  if (getMeta(db, 'me_agent_id') !== account.agentId) throw new Error('The workspace was not replaced.');
}
