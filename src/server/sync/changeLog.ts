import type { SyncTable } from '../../shared/sync';
import type { Sql } from '../db/port';

/**
 * The team_id a directory row (seen by everyone) stands under in change_log's unique index, which cannot
 * compare NULLs (migration 001); pulls ask for it beside the agent's teams.
 */
export const NO_TEAM = '00000000-0000-0000-0000-000000000000';

/** change_log's conflict target: one entry per row and team. */
export const CHANGE_LOG_KEY = `(entity, row_id, coalesce(team_id, '${NO_TEAM}'::uuid))`;

/**
 * Every change-feed entry a transaction has noted, written in one statement: each (row, team) once, in
 * the order of its latest note, taking the next hub versions. A row noted again replaces its older entry.
 */
const FLUSH = `
  INSERT INTO change_log(version, team_id, entity, row_id)
  SELECT nextval('hub_version'), e.team_id, e.entity, e.row_id
  FROM unnest($1::text[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS e(entity, row_id, team_id, ord)
  ORDER BY e.ord
  ON CONFLICT ${CHANGE_LOG_KEY} DO UPDATE SET version = excluded.version`;

interface Entry {
  table: SyncTable;
  rowId: string;
  /** null: a directory row every agent sees. */
  teamId: string | null;
}

/**
 * Every row write goes through here: it notes the row for the change feed once per team that may see
 * it (or once for everyone, for the directory), and notes the teams so they can be poked when the
 * transaction commits. The notes are written by `flush` (writeTransaction calls it before COMMIT):
 * one statement per transaction instead of one per row write.
 */
export class Changes {
  readonly teams = new Set<string>();
  everyone = false;
  private entries: Entry[] = [];

  constructor(readonly tx: Sql) {}

  get touched(): boolean {
    return this.everyone || this.teams.size > 0;
  }

  /** `teamIds` null: a directory row every agent sees. */
  async row(table: SyncTable, id: string, teamIds: readonly string[] | null): Promise<void> {
    // Ids are uuids, equal in any letter case: one form, so `flush` sees a row noted twice as one entry
    // (a desk may send an id in capitals that the database hands back in lower case).
    const rowId = id.toLowerCase();
    if (teamIds === null) {
      this.everyone = true;
      this.entries.push({ table, rowId, teamId: null });
      return;
    }
    for (const team of teamIds) {
      this.teams.add(team);
      this.entries.push({ table, rowId, teamId: team });
    }
  }

  /** Where the notes stand now; `rollbackTo` forgets those made after it (a savepoint rolled back). */
  mark(): number {
    return this.entries.length;
  }

  rollbackTo(mark: number): void {
    this.entries.length = mark;
  }

  /** Writes the noted entries into change_log, each at a new hub version. */
  async flush(): Promise<void> {
    if (this.entries.length === 0) return;
    const latest = new Map<string, Entry>();
    for (const entry of this.entries) {
      const key = `${entry.table}:${entry.rowId}:${entry.teamId ?? ''}`;
      // Deleted first, so the entry takes the place of its latest note.
      latest.delete(key);
      latest.set(key, entry);
    }
    this.entries = [];
    const ordered = [...latest.values()];
    await this.tx.query(FLUSH, [
      ordered.map((e) => e.table),
      ordered.map((e) => e.rowId),
      ordered.map((e) => e.teamId),
    ]);
  }

  /** The teams that see a person (and so their contact points and merges). */
  async personTeams(personId: string): Promise<string[]> {
    const rows = await this.tx.query<{ team_id: string }>(
      'SELECT team_id FROM person_teams WHERE person_id = $1',
      [personId],
    );
    return rows.map((r) => r.team_id);
  }

  /** A person row (or one of theirs) changed: every team that sees the person gets the new version. */
  async personRow(table: 'people' | 'contact_points' | 'person_merges', rowId: string, personId: string) {
    await this.row(table, rowId, await this.personTeams(personId));
  }

  /**
   * Lets a team see a person from now on (a case of theirs came to the team, or a team agent owns
   * them). Grants only grow; a new grant sends the person and their contact points and merges.
   */
  async grantPerson(personId: string, teamId: string): Promise<void> {
    const granted = await this.tx.query(
      `INSERT INTO person_teams(person_id, team_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING team_id`,
      [personId, teamId],
    );
    if (granted.length === 0) return;
    await this.row('people', personId, [teamId]);
    const points = await this.tx.query<{ id: string }>('SELECT id FROM contact_points WHERE person_id = $1', [
      personId,
    ]);
    for (const p of points) await this.row('contact_points', p.id, [teamId]);
    const merges = await this.tx.query<{ id: string }>(
      'SELECT id FROM person_merges WHERE kept_id = $1 OR merged_id = $1',
      [personId],
    );
    for (const m of merges) await this.row('person_merges', m.id, [teamId]);
  }
}
