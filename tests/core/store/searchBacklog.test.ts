import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { openStore, type Db } from '../../../src/core/store/openStore';
import {
  clearSearchBacklog,
  deferSearchIndex,
  rowIsIndexed,
  searchIndexBehind,
  workOffSearchBacklog,
} from '../../../src/core/store/searchBacklog';
import { insertCase, insertPerson, insertTeam } from '../commands/fixtures';

/** The rowids the index returns for a folded word: what search can find, before any join. */
function found(db: Db, fts: 'people_fts' | 'cases_fts' | 'events_fts', word: string): number[] {
  return (
    db.prepare(`SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid`).all(`"${word}"`) as {
      rowid: number;
    }[]
  ).map((r) => r.rowid);
}

function addEvent(db: Db, caseId: string, body: string): number {
  const { person_id: personId } = db.prepare('SELECT person_id FROM cases WHERE id = ?').get(caseId) as {
    person_id: string;
  };
  return Number(
    db
      .prepare(
        `INSERT INTO events(id, case_id, person_id, kind, created_at, body_text)
         VALUES (?, ?, ?, 'contact', 1, ?)`,
      )
      .run(uuidv7(), caseId, personId, body).lastInsertRowid,
  );
}

function nOf(db: Db, table: 'people' | 'cases', id: string): number {
  return (db.prepare(`SELECT n FROM ${table} WHERE id = ?`).get(id) as { n: number }).n;
}

describe('the search index built after the rows (a first sync)', () => {
  it('finds rows written while behind only once the backlog is worked off, each once', async () => {
    const db = openStore({ path: ':memory:' });
    const teamId = insertTeam(db, 'Team');
    const before = insertPerson(db, 'Åsa Ångström');
    deferSearchIndex(db);
    const personId = insertPerson(db, 'Bjørn Ødegård');
    const caseId = insertCase(db, { personId, teamId, subject: 'Elmätaren visar fel' });
    const events = Array.from({ length: 1200 }, (_, i) => addEvent(db, caseId, `mätarställning ${i}`));

    expect(searchIndexBehind(db)).toBe(true);
    expect(found(db, 'people_fts', 'angstrom')).toEqual([nOf(db, 'people', before)]);
    expect(found(db, 'people_fts', 'bjorn')).toEqual([]);
    expect(found(db, 'events_fts', 'matarstallning')).toEqual([]);

    const progress = await workOffSearchBacklog(db);

    expect(progress.chunks).toBeGreaterThan(1);
    expect(searchIndexBehind(db)).toBe(false);
    expect(found(db, 'people_fts', 'bjorn')).toEqual([nOf(db, 'people', personId)]);
    expect(found(db, 'cases_fts', 'elmataren')).toEqual([nOf(db, 'cases', caseId)]);
    expect(found(db, 'events_fts', 'matarstallning')).toEqual(events);
    // Once caught up, the triggers index new rows again.
    const later = addEvent(db, caseId, 'tack för hjälpen');
    expect(found(db, 'events_fts', 'hjalpen')).toEqual([later]);
  });

  it('indexes a row changed while behind as it is after the change, never as it was', async () => {
    const db = openStore({ path: ':memory:' });
    const indexed = insertPerson(db, 'Lena Jönsson');
    deferSearchIndex(db);
    const behind = insertPerson(db, 'Siobhan Murphy');
    db.prepare("UPDATE people SET name = 'Siobhán O''Connor' WHERE id = ?").run(behind);
    db.prepare("UPDATE people SET name = 'Lena Johansson' WHERE id = ?").run(indexed);

    expect(rowIsIndexed(db, 'people', nOf(db, 'people', indexed))).toBe(true);
    expect(rowIsIndexed(db, 'people', nOf(db, 'people', behind))).toBe(false);
    // A row below the watermark is kept current by its trigger meanwhile.
    expect(found(db, 'people_fts', 'johansson')).toEqual([nOf(db, 'people', indexed)]);
    expect(found(db, 'people_fts', 'jonsson')).toEqual([]);

    await workOffSearchBacklog(db);

    expect(found(db, 'people_fts', 'murphy')).toEqual([]);
    expect(found(db, 'people_fts', 'connor')).toEqual([nOf(db, 'people', behind)]);
    expect(found(db, 'people_fts', 'siobhan')).toEqual([nOf(db, 'people', behind)]);
  });

  it('keeps a table mark when marked again, and one worker per store', async () => {
    const db = openStore({ path: ':memory:' });
    deferSearchIndex(db);
    const first = insertPerson(db, 'Karin Lindqvist');
    deferSearchIndex(db);
    expect(rowIsIndexed(db, 'people', nOf(db, 'people', first))).toBe(false);

    const [a, b] = [workOffSearchBacklog(db), workOffSearchBacklog(db)];
    expect(a).toBe(b);
    await a;
    expect(found(db, 'people_fts', 'lindqvist')).toEqual([nOf(db, 'people', first)]);
  });

  it('stops when the backlog is dropped (the workspace is being replaced)', async () => {
    const db = openStore({ path: ':memory:' });
    deferSearchIndex(db);
    insertPerson(db, 'Karin Lindqvist');
    clearSearchBacklog(db);
    const progress = await workOffSearchBacklog(db);
    expect(progress.chunks).toBe(0);
    expect(found(db, 'people_fts', 'lindqvist')).toEqual([]);
  });
});
