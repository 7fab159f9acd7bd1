/**
 * The hub's first schema. Synced tables hold exactly the desk's columns (src/core/store/migrations,
 * shapes in src/shared/sync/rows.ts) so rows travel without translation; the rest is the hub's own:
 * accounts, sessions, channel keys, who may see which person, the change log and the per-client
 * record of processed mutations.
 */
export const initialHubSchema = `
CREATE SEQUENCE hub_version;

CREATE TABLE teams (id uuid PRIMARY KEY, name text NOT NULL);

CREATE TABLE agents (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  email text NOT NULL,
  team_id uuid NOT NULL REFERENCES teams(id),
  -- scrypt, see accounts/passwords.ts; null: this agent cannot log in (yet)
  password_hash text
);
CREATE UNIQUE INDEX agents_email ON agents (lower(email));

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  agent_id uuid NOT NULL REFERENCES agents(id),
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL
);
CREATE INDEX sessions_agent ON sessions(agent_id);

CREATE TABLE channel_keys (
  id uuid PRIMARY KEY,
  key_hash text NOT NULL UNIQUE,
  team_id uuid NOT NULL REFERENCES teams(id),
  channel text NOT NULL CHECK (channel IN ('webform','calls')),
  label text NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE saved_replies (
  id uuid PRIMARY KEY,
  title text NOT NULL,
  body_text text NOT NULL,
  body_rich text,
  locale text NOT NULL
);

CREATE TABLE people (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  preferred_name text,
  languages text NOT NULL DEFAULT '[]',
  personal_agent_id uuid REFERENCES agents(id),
  note_rich text,
  note_text text NOT NULL DEFAULT '',
  created_at bigint NOT NULL,
  merged_into uuid REFERENCES people(id),
  note_updated_by uuid REFERENCES agents(id),
  note_updated_at bigint
);

-- Which teams see a person: every team that had a case of theirs or owns them. Grants only grow.
CREATE TABLE person_teams (
  person_id uuid NOT NULL REFERENCES people(id),
  team_id uuid NOT NULL REFERENCES teams(id),
  PRIMARY KEY (person_id, team_id)
);
CREATE INDEX person_teams_team ON person_teams(team_id);

CREATE TABLE contact_points (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people(id),
  kind text NOT NULL CHECK (kind IN ('email','phone','address','chat')),
  value text NOT NULL,
  norm_value text NOT NULL
);
CREATE INDEX contact_points_person ON contact_points(person_id);
CREATE INDEX contact_points_norm ON contact_points(kind, norm_value);

CREATE TABLE cases (
  id uuid PRIMARY KEY,
  ref text NOT NULL UNIQUE,
  person_id uuid NOT NULL REFERENCES people(id),
  team_id uuid NOT NULL REFERENCES teams(id),
  subject text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email','phone','chat','webform','letter','visit')),
  status text NOT NULL CHECK (status IN ('open','waiting','snoozed','closed')),
  priority text NOT NULL CHECK (priority IN ('low','normal','high','urgent')),
  assignee_id uuid REFERENCES agents(id),
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  last_contact_at bigint NOT NULL,
  snippet text NOT NULL DEFAULT '',
  snoozed_until bigint,
  first_response_at bigint,
  closed_at bigint,
  unread integer NOT NULL DEFAULT 0 CHECK (unread IN (0,1))
);
CREATE INDEX cases_person ON cases(person_id, last_contact_at DESC);

-- Human case refs (K-2026-00042): the next number per year.
CREATE TABLE case_ref_counters (year integer PRIMARY KEY, last integer NOT NULL);

CREATE TABLE events (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases(id),
  person_id uuid NOT NULL REFERENCES people(id),
  kind text NOT NULL,
  channel text,
  direction text CHECK (direction IS NULL OR direction IN ('in','out')),
  author_id uuid REFERENCES agents(id),
  created_at bigint NOT NULL,
  body_text text NOT NULL DEFAULT '',
  body_rich text,
  meta text NOT NULL DEFAULT '{}'
);
CREATE INDEX events_case_time ON events(case_id, created_at);

-- The timeline is append-only here too: corrections are new events.
CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only';
END;
$$;
CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_append_only();

CREATE TABLE promises (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases(id),
  person_id uuid NOT NULL REFERENCES people(id),
  text text NOT NULL,
  due_at bigint NOT NULL,
  owner_id uuid NOT NULL REFERENCES agents(id),
  status text NOT NULL CHECK (status IN ('open','kept','cancelled')),
  created_at bigint NOT NULL,
  created_by uuid NOT NULL REFERENCES agents(id),
  resolved_at bigint,
  resolution_note text
);
CREATE INDEX promises_case ON promises(case_id);
CREATE INDEX promises_person ON promises(person_id);

CREATE TABLE person_merges (
  id uuid PRIMARY KEY,
  kept_id uuid NOT NULL REFERENCES people(id),
  merged_id uuid NOT NULL REFERENCES people(id),
  case_ids text NOT NULL DEFAULT '[]',
  contact_point_ids text NOT NULL DEFAULT '[]',
  promise_ids text NOT NULL DEFAULT '[]',
  kept_note_text_before text NOT NULL,
  kept_note_rich_before text,
  kept_note_text_after text NOT NULL,
  kept_note_rich_after text,
  event_case_id uuid REFERENCES cases(id),
  at bigint NOT NULL,
  by_id uuid NOT NULL REFERENCES agents(id),
  undone_at bigint
);
CREATE INDEX person_merges_kept ON person_merges(kept_id);
CREATE INDEX person_merges_merged ON person_merges(merged_id);

-- The change feed: the latest version of each row, per team that may see it (NULL team: everyone).
-- A newer change of the same row replaces its entry, so a first sync reads each row once.
CREATE TABLE change_log (
  version bigint PRIMARY KEY,
  team_id uuid,
  entity text NOT NULL,
  row_id uuid NOT NULL
);
CREATE UNIQUE INDEX change_log_row
  ON change_log(entity, row_id, coalesce(team_id, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX change_log_team_version ON change_log(team_id, version);

-- Each desk (client id) belongs to the agent who first pushed from it.
CREATE TABLE sync_clients (
  client_id uuid PRIMARY KEY,
  agent_id uuid NOT NULL REFERENCES agents(id),
  last_seq bigint NOT NULL,
  updated_at bigint NOT NULL
);

-- Every processed mutation: replays answer from here, and pulls report up to which seq they reach.
CREATE TABLE sync_mutations (
  client_id uuid NOT NULL REFERENCES sync_clients(client_id),
  seq bigint NOT NULL,
  mutation_id uuid NOT NULL,
  name text NOT NULL,
  status text NOT NULL CHECK (status IN ('applied','rejected')),
  code text,
  reason text,
  -- the hub version once this mutation was processed
  version bigint NOT NULL,
  processed_at bigint NOT NULL,
  PRIMARY KEY (client_id, seq)
);
`;
