import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src/core/store/migrations';
import { migrate, openStore, schemaVersion, StoreFromFutureError } from '../../../src/core/store/openStore';
import { workOffSearchBacklog } from '../../../src/core/store/searchBacklog';
import { foldForSearch } from '../../../src/shared/text/foldForSearch';
import { insertAgent, insertCase, insertPerson, insertTeam } from '../commands/fixtures';

const folders: string[] = [];
function tempStorePath(): string {
  const folder = mkdtempSync(join(tmpdir(), 'nara-migrations-'));
  folders.push(folder);
  return join(folder, 'nara.sqlite');
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function names(db: Database.Database, type: 'table' | 'trigger' | 'index'): string[] {
  return (
    db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').all(type) as { name: string }[]
  ).map((r) => r.name);
}

function seedCase(db: Database.Database): string {
  const teamId = insertTeam(db, 'Team');
  const agentId = insertAgent(db, teamId, 'Agent Ett');
  const personId = insertPerson(db, 'Bjørn Ødegård');
  return insertCase(db, { personId, teamId, assigneeId: agentId });
}

describe('a fresh store', () => {
  it('reaches the latest schema version with every table', () => {
    const db = openStore({ path: ':memory:' });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(names(db, 'table')).toEqual(
      expect.arrayContaining([
        'meta',
        'teams',
        'agents',
        'people',
        'contact_points',
        'cases',
        'events',
        'promises',
        'drafts',
        'saved_replies',
        'outbox',
        'sync_state',
        'people_fts',
        'cases_fts',
        'events_fts',
      ]),
    );
    expect(names(db, 'trigger')).toEqual(expect.arrayContaining(['events_no_update', 'events_no_delete']));
  });

  it('enforces foreign keys', () => {
    const db = openStore({ path: ':memory:' });
    expect(() =>
      db.prepare("INSERT INTO agents(id, name, email, team_id) VALUES ('a', 'A', '', 'no-such-team')").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('is STRICT: a value of the wrong type is refused, not coerced', () => {
    const db = openStore({ path: ':memory:' });
    const caseId = seedCase(db);
    expect(() =>
      db.prepare("UPDATE cases SET last_contact_at = 'yesterday' WHERE id = ?").run(caseId),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('keeps the timeline append-only: events cannot be changed or deleted', () => {
    const db = openStore({ path: ':memory:' });
    const caseId = seedCase(db);
    const { person_id: personId } = db.prepare('SELECT person_id FROM cases WHERE id = ?').get(caseId) as {
      person_id: string;
    };
    db.prepare(
      "INSERT INTO events(id, case_id, person_id, kind, created_at, body_text) VALUES ('e1', ?, ?, 'note', 1, 'Före')",
    ).run(caseId, personId);

    expect(() => db.prepare("UPDATE events SET body_text = 'Efter' WHERE id = 'e1'").run()).toThrow(
      'events are append-only',
    );
    expect(() => db.prepare("DELETE FROM events WHERE id = 'e1'").run()).toThrow('events are append-only');
    expect(db.prepare("SELECT body_text FROM events WHERE id = 'e1'").get()).toEqual({ body_text: 'Före' });
  });

  it('indexes folded names, so "bjorn odegard" finds Bjørn Ødegård', () => {
    const db = openStore({ path: ':memory:' });
    seedCase(db);
    const hits = db.prepare("SELECT rowid FROM people_fts WHERE people_fts MATCH 'bjorn odegard'").all();
    expect(hits).toHaveLength(1);
  });

  it('lists a case’s timeline through its index', () => {
    const db = openStore({ path: ':memory:' });
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM events WHERE case_id = ? ORDER BY created_at, n')
      .all('x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX events_case_time/);
  });
});

describe('migrating', () => {
  it('applies each step in its own transaction: a failing step keeps the steps before it', () => {
    const db = new Database(':memory:');
    const steps = [
      'CREATE TABLE one (x INTEGER) STRICT;',
      'CREATE TABLE two (x INTEGER) STRICT; SELECT nonsense(',
    ];
    expect(() => migrate(db, steps)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(names(db, 'table')).toEqual(['one']);
  });

  it('re-opening a store is idempotent and keeps its data', () => {
    const path = tempStorePath();
    const first = openStore({ path });
    const caseId = seedCase(first);
    first.close();

    const again = openStore({ path });
    expect(schemaVersion(again)).toBe(LATEST_SCHEMA_VERSION);
    expect(again.prepare('SELECT id FROM cases').all()).toEqual([{ id: caseId }]);
    again.close();
  });
});

describe('a store written by a newer Nära', () => {
  for (const journal of ['delete', 'wal'] as const) {
    it(`is refused and left byte-identical (${journal} journal)`, () => {
      const path = tempStorePath();
      const newer = new Database(path);
      newer.pragma(`journal_mode = ${journal}`);
      newer.exec('CREATE TABLE future_things (x INTEGER)');
      newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      newer.close();
      const bytes = readFileSync(path);

      let refusal: unknown = null;
      try {
        openStore({ path });
      } catch (error) {
        refusal = error;
      }

      expect(refusal).toBeInstanceOf(StoreFromFutureError);
      expect((refusal as Error).message).toMatch(/newer version of Nära.*Nothing was changed/s);
      expect(readFileSync(path).equals(bytes)).toBe(true);
    });
  }
});

describe('migration 3: person merges, note authors, goals and scheduler indexes', () => {
  it('upgrades a version-2 store with people and cases in it, keeping them', () => {
    const db = new Database(':memory:');
    db.function('nara_fold', { deterministic: true }, (text: unknown) => foldForSearch(String(text ?? '')));
    migrate(db, migrations.slice(0, 2));
    const caseId = seedCase(db);

    migrate(db, migrations.slice(0, 3));

    expect(schemaVersion(db)).toBe(3);
    expect(names(db, 'table')).toContain('person_merges');
    expect(db.prepare('SELECT id, note_updated_by, note_updated_at FROM people').all()).toEqual([
      { id: expect.any(String), note_updated_by: null, note_updated_at: null },
    ]);
    expect(db.prepare('SELECT id FROM cases').all()).toEqual([{ id: caseId }]);
    expect(names(db, 'index')).toEqual(
      expect.arrayContaining([
        'person_merges_kept',
        'cases_team_created',
        'cases_assignee_created',
        'cases_team_closed',
        'cases_assignee_closed',
        'cases_team_status_created',
        'cases_assignee_status_created',
        'promises_owner_due',
        'cases_status_snoozed_until',
      ]),
    );
  });

  it('a merge must name people and an agent that exist', () => {
    const db = openStore({ path: ':memory:' });
    expect(() =>
      db
        .prepare(
          `INSERT INTO person_merges(id, kept_id, merged_id, kept_note_text_before, kept_note_text_after, at, by_id)
           VALUES ('m', 'nobody', 'no-one', '', '', 1, 'no-agent')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('migrations 5 and 6: the search backlog and prefix indexes', () => {
  it('upgrades a version-4 store with rows in it: the index is rebuilt by the backlog, with prefixes', async () => {
    const db = new Database(':memory:');
    db.function('nara_fold', { deterministic: true }, (text: unknown) => foldForSearch(String(text ?? '')));
    migrate(db, migrations.slice(0, 4));
    seedCase(db);
    const match = (q: string) => db.prepare('SELECT rowid FROM people_fts WHERE people_fts MATCH ?').all(q);
    expect(match('"odegard"')).toHaveLength(1);

    migrate(db, migrations.slice(0, 6));

    expect(schemaVersion(db)).toBe(6);
    // Made anew, empty: found again once the backlog has run.
    expect(match('"odegard"')).toHaveLength(0);
    expect(db.prepare('SELECT tbl, indexed_upto FROM search_backlog ORDER BY tbl').all()).toEqual([
      { tbl: 'cases', indexed_upto: 0 },
      { tbl: 'people', indexed_upto: 0 },
    ]);
    await workOffSearchBacklog(db);
    expect(match('"odegard"')).toHaveLength(1);
    expect(match('"od"*')).toHaveLength(1);
    expect(db.prepare('SELECT count(*) AS n FROM search_backlog').get()).toEqual({ n: 0 });
  });

  it('leaves nothing behind in a fresh store, so the demo is indexed as it is written', () => {
    const db = openStore({ path: ':memory:' });
    seedCase(db);
    expect(db.prepare('SELECT count(*) AS n FROM search_backlog').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT rowid FROM cases_fts WHERE cases_fts MATCH \'"fa"*\'').all()).toHaveLength(1);
  });
});
