/**
 * The first schema. Tables with a text UUID id also carry an INTEGER PRIMARY KEY `n`: it is the
 * rowid the FTS indexes point at, and an explicit alias keeps it stable across VACUUM.
 * Search tables are contentless (the text lives once, in its own table) and hold folded text
 * (`nara_fold`, registered on every connection) so "bjorn" finds "Bjørn".
 */
export const initialSchema = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE teams (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL) STRICT;

CREATE TABLE agents (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  team_id TEXT NOT NULL REFERENCES teams(id)
) STRICT;

CREATE TABLE people (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  preferred_name TEXT,
  languages TEXT NOT NULL DEFAULT '[]',
  personal_agent_id TEXT REFERENCES agents(id),
  note_rich TEXT,
  note_text TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  merged_into TEXT REFERENCES people(id)
) STRICT;
CREATE INDEX people_personal_agent ON people(personal_agent_id);

CREATE TABLE contact_points (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  person_id TEXT NOT NULL REFERENCES people(id),
  kind TEXT NOT NULL CHECK (kind IN ('email','phone','address','chat')),
  value TEXT NOT NULL,
  -- lower-cased, spaces and punctuation stripped: what incoming contacts are matched on
  norm_value TEXT NOT NULL
) STRICT;
CREATE INDEX contact_points_person ON contact_points(person_id);
CREATE INDEX contact_points_norm ON contact_points(kind, norm_value);

CREATE TABLE cases (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  ref TEXT NOT NULL,
  person_id TEXT NOT NULL REFERENCES people(id),
  team_id TEXT NOT NULL REFERENCES teams(id),
  subject TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('email','phone','chat','webform','letter','visit')),
  status TEXT NOT NULL CHECK (status IN ('open','waiting','snoozed','closed')),
  priority TEXT NOT NULL CHECK (priority IN ('low','normal','high','urgent')),
  assignee_id TEXT REFERENCES agents(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  last_contact_at INTEGER NOT NULL,
  -- plain-text start of the latest contact, kept here so the inbox needs no join per row
  snippet TEXT NOT NULL DEFAULT '',
  snoozed_until INTEGER,
  first_response_at INTEGER,
  closed_at INTEGER,
  unread INTEGER NOT NULL DEFAULT 0 CHECK (unread IN (0,1))
) STRICT;
CREATE INDEX cases_status_last ON cases(status, last_contact_at DESC, n DESC);
CREATE INDEX cases_assignee_status_last ON cases(assignee_id, status, last_contact_at DESC, n DESC);
CREATE INDEX cases_team_status_last ON cases(team_id, status, last_contact_at DESC, n DESC);
CREATE INDEX cases_person ON cases(person_id, last_contact_at DESC);

CREATE TABLE events (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  case_id TEXT NOT NULL REFERENCES cases(id),
  person_id TEXT NOT NULL REFERENCES people(id),
  kind TEXT NOT NULL,
  channel TEXT,
  direction TEXT CHECK (direction IS NULL OR direction IN ('in','out')),
  author_id TEXT REFERENCES agents(id),
  created_at INTEGER NOT NULL,
  body_text TEXT NOT NULL DEFAULT '',
  body_rich TEXT,
  meta TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX events_case_time ON events(case_id, created_at, n);
CREATE INDEX events_person_kind_time ON events(person_id, kind, created_at);

-- The timeline is append-only: corrections are new events.
CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TABLE promises (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  case_id TEXT NOT NULL REFERENCES cases(id),
  person_id TEXT NOT NULL REFERENCES people(id),
  text TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  owner_id TEXT NOT NULL REFERENCES agents(id),
  status TEXT NOT NULL CHECK (status IN ('open','kept','cancelled')),
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL REFERENCES agents(id),
  resolved_at INTEGER,
  resolution_note TEXT
) STRICT;
CREATE INDEX promises_open_due ON promises(status, due_at);
CREATE INDEX promises_case ON promises(case_id);
CREATE INDEX promises_person ON promises(person_id);

CREATE TABLE drafts (
  case_id TEXT NOT NULL REFERENCES cases(id),
  agent_id TEXT NOT NULL REFERENCES agents(id),
  mode TEXT NOT NULL CHECK (mode IN ('note','reply')),
  content TEXT NOT NULL,
  text TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (case_id, agent_id, mode)
) STRICT;

CREATE TABLE saved_replies (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  body_text TEXT NOT NULL,
  body_rich TEXT,
  locale TEXT NOT NULL
) STRICT;

-- Every local command, in order, until the hub confirms it. seq is the per-client sequence.
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY,
  mutation_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  args TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','rejected')),
  error TEXT
) STRICT;

CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE VIRTUAL TABLE people_fts USING fts5(
  name, details, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE cases_fts USING fts5(
  subject, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE events_fts USING fts5(
  body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
  INSERT INTO people_fts(rowid, name, details)
  VALUES (new.n, nara_fold(new.name || ' ' || coalesce(new.preferred_name, '')), nara_fold(new.note_text));
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF name, preferred_name, note_text ON people BEGIN
  DELETE FROM people_fts WHERE rowid = old.n;
  INSERT INTO people_fts(rowid, name, details)
  VALUES (new.n, nara_fold(new.name || ' ' || coalesce(new.preferred_name, '')), nara_fold(new.note_text));
END;
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO cases_fts(rowid, subject) VALUES (new.n, nara_fold(new.ref || ' ' || new.subject));
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF ref, subject ON cases BEGIN
  DELETE FROM cases_fts WHERE rowid = old.n;
  INSERT INTO cases_fts(rowid, subject) VALUES (new.n, nara_fold(new.ref || ' ' || new.subject));
END;
CREATE TRIGGER events_fts_insert AFTER INSERT ON events WHEN new.body_text <> '' BEGIN
  INSERT INTO events_fts(rowid, body) VALUES (new.n, nara_fold(new.body_text));
END;
`;
