/**
 * Issue 5, bulk apply: the search index can be built after the rows instead of with each one.
 *
 * Indexing row by row in small transactions (a pull page each) cost half of a first sync: every commit
 * wrote a small FTS5 segment and merged it. A first sync now marks the three searchable tables as
 * behind (search_backlog: rows with n above indexed_upto are not in the index yet), writes the rows
 * without indexing them, and src/core/store/searchBacklog.ts indexes the rest in timed chunks after.
 *
 * The insert and update triggers index a row only when it is at or below its table's watermark (a row
 * above it is indexed, as it then is, by the backlog). Without a backlog row they index every row, as
 * before. The column lists are those of migration 001.
 */

const behind = (table: string, rowid: string) =>
  `NOT EXISTS (SELECT 1 FROM search_backlog WHERE tbl = '${table}' AND ${rowid} > indexed_upto)`;

export const searchBacklog = `
CREATE TABLE search_backlog (tbl TEXT PRIMARY KEY, indexed_upto INTEGER NOT NULL) STRICT, WITHOUT ROWID;

DROP TRIGGER people_fts_insert;
DROP TRIGGER people_fts_update;
DROP TRIGGER cases_fts_insert;
DROP TRIGGER cases_fts_update;
DROP TRIGGER events_fts_insert;

CREATE TRIGGER people_fts_insert AFTER INSERT ON people WHEN ${behind('people', 'new.n')} BEGIN
  INSERT INTO people_fts(rowid, name, details)
  VALUES (new.n, nara_fold(new.name || ' ' || coalesce(new.preferred_name, '')), nara_fold(new.note_text));
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF name, preferred_name, note_text ON people
WHEN ${behind('people', 'old.n')} BEGIN
  DELETE FROM people_fts WHERE rowid = old.n;
  INSERT INTO people_fts(rowid, name, details)
  VALUES (new.n, nara_fold(new.name || ' ' || coalesce(new.preferred_name, '')), nara_fold(new.note_text));
END;
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases WHEN ${behind('cases', 'new.n')} BEGIN
  INSERT INTO cases_fts(rowid, subject) VALUES (new.n, nara_fold(new.ref || ' ' || new.subject));
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF ref, subject ON cases WHEN ${behind('cases', 'old.n')} BEGIN
  DELETE FROM cases_fts WHERE rowid = old.n;
  INSERT INTO cases_fts(rowid, subject) VALUES (new.n, nara_fold(new.ref || ' ' || new.subject));
END;
CREATE TRIGGER events_fts_insert AFTER INSERT ON events
WHEN new.body_text <> '' AND ${behind('events', 'new.n')} BEGIN
  INSERT INTO events_fts(rowid, body) VALUES (new.n, nara_fold(new.body_text));
END;
`;
