import type { SyncTable } from '../../shared/sync';
import type { Sql } from '../db/port';

/**
 * Every row write goes through here: it gives the row the next hub version once per team that may
 * see it (or once for everyone, for the directory), replacing that row's older entry, and notes the
 * teams so they can be poked when the transaction commits.
 */
export class Changes {
  readonly teams = new Set<string>();
  everyone = false;

  constructor(readonly tx: Sql) {}

  get touched(): boolean {
    return this.everyone || this.teams.size > 0;
  }

  /** `teamIds` null: a directory row every agent sees. */
  async row(table: SyncTable, rowId: string, teamIds: readonly string[] | null): Promise<void> {
    if (teamIds === null) {
      this.everyone = true;
      await this.tx.query(
        `INSERT INTO change_log(version, team_id, entity, row_id) VALUES (nextval('hub_version'), NULL, $1, $2)
         ON CONFLICT (entity, row_id, coalesce(team_id, '00000000-0000-0000-0000-000000000000'::uuid))
         DO UPDATE SET version = excluded.version`,
        [table, rowId],
      );
      return;
    }
    if (teamIds.length === 0) return;
    for (const team of teamIds) this.teams.add(team);
    await this.tx.query(
      `INSERT INTO change_log(version, team_id, entity, row_id)
       SELECT nextval('hub_version'), t, $1, $2 FROM unnest($3::uuid[]) AS t
       ON CONFLICT (entity, row_id, coalesce(team_id, '00000000-0000-0000-0000-000000000000'::uuid))
       DO UPDATE SET version = excluded.version`,
      [table, rowId, [...teamIds]],
    );
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
