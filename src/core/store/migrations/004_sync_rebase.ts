/**
 * Issue 4, sync with a hub: what the desk needs to re-apply its queued changes on top of the hub's.
 *
 * - sync_base: for every row a queued (not yet confirmed) command changed, the row as the hub last
 *   confirmed it (JSON, without `n`), or NULL when the command made the row. Sync restores these
 *   rows, applies what it pulled, and re-runs the still-queued commands on top (src/core/sync/rebase.ts).
 * - Capture triggers fill sync_base while sync_state holds 'capture' (a desk bound to a hub; a desk
 *   without one pays one lookup per written row and keeps nothing). Sync removes the key while it
 *   writes the hub's rows, so only the desk's own changes are captured. Events are only inserted by
 *   commands; the other tables are written by them in place.
 * - The timeline stays append-only for everything but sync: while sync_state holds 'hub_write' (set
 *   and cleared inside sync's own transaction, never committed) an event may be replaced by the hub's
 *   version of it (same id; e.g. `meta.from` as of hub order) or removed when the hub refused the
 *   command that made it.
 *
 * The column lists are those of schema version 3; a later migration that adds a column to one of
 * these tables recreates its triggers.
 */

const captured = {
  people: [
    'id',
    'name',
    'preferred_name',
    'languages',
    'personal_agent_id',
    'note_rich',
    'note_text',
    'created_at',
    'merged_into',
    'note_updated_by',
    'note_updated_at',
  ],
  contact_points: ['id', 'person_id', 'kind', 'value', 'norm_value'],
  cases: [
    'id',
    'ref',
    'person_id',
    'team_id',
    'subject',
    'channel',
    'status',
    'priority',
    'assignee_id',
    'created_at',
    'updated_at',
    'last_contact_at',
    'snippet',
    'snoozed_until',
    'first_response_at',
    'closed_at',
    'unread',
  ],
  promises: [
    'id',
    'case_id',
    'person_id',
    'text',
    'due_at',
    'owner_id',
    'status',
    'created_at',
    'created_by',
    'resolved_at',
    'resolution_note',
  ],
  person_merges: [
    'id',
    'kept_id',
    'merged_id',
    'case_ids',
    'contact_point_ids',
    'promise_ids',
    'kept_note_text_before',
    'kept_note_rich_before',
    'kept_note_text_after',
    'kept_note_rich_after',
    'event_case_id',
    'at',
    'by_id',
    'undone_at',
  ],
} as const;

const CAPTURING = "EXISTS (SELECT 1 FROM sync_state WHERE key = 'capture')";

function captureTriggers(table: keyof typeof captured): string {
  const image = `json_object(${captured[table].map((c) => `'${c}', old.${c}`).join(', ')})`;
  return `
CREATE TRIGGER ${table}_sync_base_insert AFTER INSERT ON ${table} WHEN ${CAPTURING} BEGIN
  INSERT OR IGNORE INTO sync_base(tbl, id, row) VALUES ('${table}', new.id, NULL);
END;
CREATE TRIGGER ${table}_sync_base_update BEFORE UPDATE ON ${table} WHEN ${CAPTURING} BEGIN
  INSERT OR IGNORE INTO sync_base(tbl, id, row) VALUES ('${table}', old.id, ${image});
END;
CREATE TRIGGER ${table}_sync_base_delete BEFORE DELETE ON ${table} WHEN ${CAPTURING} BEGIN
  INSERT OR IGNORE INTO sync_base(tbl, id, row) VALUES ('${table}', old.id, ${image});
END;`;
}

const HUB_WRITING = "EXISTS (SELECT 1 FROM sync_state WHERE key = 'hub_write')";

export const syncRebase = `
CREATE TABLE sync_base (
  tbl TEXT NOT NULL,
  id TEXT NOT NULL,
  row TEXT,
  PRIMARY KEY (tbl, id)
) STRICT, WITHOUT ROWID;

DROP TRIGGER events_no_update;
DROP TRIGGER events_no_delete;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events WHEN NOT ${HUB_WRITING} BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events WHEN NOT ${HUB_WRITING} BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TRIGGER events_sync_base_insert AFTER INSERT ON events WHEN ${CAPTURING} BEGIN
  INSERT OR IGNORE INTO sync_base(tbl, id, row) VALUES ('events', new.id, NULL);
END;
${(Object.keys(captured) as (keyof typeof captured)[]).map(captureTriggers).join('\n')}
`;
