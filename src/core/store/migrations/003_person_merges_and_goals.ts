/**
 * Issue 3, the agent's workspace:
 * - person_merges: a duplicate merged into the person we keep, with exactly what moved (ids as JSON
 *   arrays), so the merge can be undone. The kept person's note before and after the merge lets
 *   the undo restore it only while nobody has edited it since (never losing text).
 * - people.note_updated_by / note_updated_at: who last saved "what matters to them", named in the
 *   conflict copy when two agents edit the note at once.
 * - Goals, measured at 100k cases (tests/core/queries/goalsPlan.test.ts asserts the plans): covering
 *   indexes for cases created, and closed, in a window and for the backlog by age, per team and per
 *   assignee. Without them a 30-day team report read ~10k case rows one by one (26 ms; 8 ms with
 *   them), and "mine" walked all 9k cases of the demo's busiest agent (81 ms; 2 ms).
 * - promises_owner_due: my promises coming due (the scheduler, and Goals' promises kept).
 * - cases_status_snoozed_until: the scheduler's next wake-up, the smallest snoozed_until (partial:
 *   only snoozed cases have one).
 */
export const personMergesAndGoals = `
CREATE TABLE person_merges (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kept_id TEXT NOT NULL REFERENCES people(id),
  merged_id TEXT NOT NULL REFERENCES people(id),
  case_ids TEXT NOT NULL DEFAULT '[]',
  contact_point_ids TEXT NOT NULL DEFAULT '[]',
  promise_ids TEXT NOT NULL DEFAULT '[]',
  kept_note_text_before TEXT NOT NULL,
  kept_note_rich_before TEXT,
  kept_note_text_after TEXT NOT NULL,
  kept_note_rich_after TEXT,
  -- the case the merge was recorded on, so its undo is recorded beside it
  event_case_id TEXT REFERENCES cases(id),
  at INTEGER NOT NULL,
  by_id TEXT NOT NULL REFERENCES agents(id),
  undone_at INTEGER
) STRICT;
CREATE INDEX person_merges_kept ON person_merges(kept_id, at DESC);

ALTER TABLE people ADD COLUMN note_updated_by TEXT REFERENCES agents(id);
ALTER TABLE people ADD COLUMN note_updated_at INTEGER;

CREATE INDEX cases_team_created ON cases(team_id, created_at, first_response_at);
CREATE INDEX cases_assignee_created ON cases(assignee_id, created_at, first_response_at);
CREATE INDEX cases_team_closed ON cases(team_id, closed_at, created_at) WHERE closed_at IS NOT NULL;
CREATE INDEX cases_assignee_closed ON cases(assignee_id, closed_at, created_at) WHERE closed_at IS NOT NULL;
CREATE INDEX cases_team_status_created ON cases(team_id, status, created_at);
CREATE INDEX cases_assignee_status_created ON cases(assignee_id, status, created_at);
CREATE INDEX promises_owner_due ON promises(owner_id, due_at);
CREATE INDEX cases_status_snoozed_until ON cases(status, snoozed_until) WHERE status = 'snoozed';
`;
