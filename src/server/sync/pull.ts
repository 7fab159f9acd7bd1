import {
  syncTables,
  type PullRequest,
  type PullResponse,
  type RowChange,
  type SyncTable,
} from '../../shared/sync';
import type { AuthAgent } from '../accounts/sessions';
import type { Sql } from '../db/port';
import type { HubContext } from '../hubContext';
import { NO_TEAM } from './changeLog';
import { selectList } from './tables';

interface Entry {
  version: number;
  entity: SyncTable;
  row_id: string;
}

/** Columns that point at another synced row: the desk needs that row first (its foreign keys). */
const parentRefs: Partial<Record<SyncTable, ReadonlyArray<readonly [column: string, parent: SyncTable]>>> = {
  agents: [['team_id', 'teams']],
  people: [
    ['personal_agent_id', 'agents'],
    ['merged_into', 'people'],
    ['note_updated_by', 'agents'],
  ],
  contact_points: [['person_id', 'people']],
  cases: [
    ['person_id', 'people'],
    ['team_id', 'teams'],
    ['assignee_id', 'agents'],
  ],
  events: [
    ['case_id', 'cases'],
    ['person_id', 'people'],
    ['author_id', 'agents'],
  ],
  promises: [
    ['case_id', 'cases'],
    ['person_id', 'people'],
    ['owner_id', 'agents'],
    ['created_by', 'agents'],
  ],
  person_merges: [
    ['kept_id', 'people'],
    ['merged_id', 'people'],
    ['by_id', 'agents'],
    ['event_case_id', 'cases'],
  ],
};

/**
 * The page: the agent's rows above the cursor, oldest first. One ordered range scan of
 * change_log_team_version per team the agent sees (and one for the directory, team NULL), each stopping
 * after `limit` rows, merged: the cost of a page does not grow with the rows still to come, whatever the
 * planner believes (PGlite never runs autovacuum, so its statistics are whatever the last ANALYZE left).
 */
const PAGE_QUERY = `
  SELECT version, entity, row_id FROM (
    (SELECT version, entity, row_id FROM change_log
      WHERE team_id IS NULL AND version > $1 ORDER BY version LIMIT $3)
    UNION ALL
    (SELECT c.version, c.entity, c.row_id FROM unnest($2::uuid[]) AS t(team)
      CROSS JOIN LATERAL (SELECT version, entity, row_id FROM change_log
        WHERE team_id = t.team AND version > $1 ORDER BY version LIMIT $3) AS c)
  ) AS visible
  ORDER BY version LIMIT $3`;

/**
 * The hub's newest version, and this client's highest seq whose effects lie at or below the page's next
 * cursor (given, or the head when this is the last page), in one round trip.
 */
const HEAD_AND_SEQ_QUERY = `
  WITH head AS (SELECT coalesce(max(version), 0) AS version FROM change_log)
  SELECT head.version AS head,
    (SELECT coalesce(max(seq), 0) FROM sync_mutations
      WHERE client_id = $1 AND version <= coalesce($2::bigint, greatest($3::bigint, head.version))) AS seq
  FROM head`;

/** The latest visible version of each wanted row, looked up by the full key of change_log_row. */
const PARENTS_QUERY = `
  SELECT max(c.version) AS version, c.entity, c.row_id
  FROM unnest($1::text[], $2::uuid[]) AS w(entity, row_id)
  JOIN change_log c ON c.entity = w.entity AND c.row_id = w.row_id
    AND coalesce(c.team_id, '${NO_TEAM}'::uuid) = ANY($3::uuid[])
  GROUP BY c.entity, c.row_id`;

/**
 * Rows the agent may see whose latest change is above the cursor, oldest first, plus the not yet
 * sent rows they refer to. One REPEATABLE READ snapshot: the page, the head and the client's last
 * processed seq describe the same moment.
 */
export async function processPull(
  hub: HubContext,
  agent: AuthAgent,
  request: PullRequest,
): Promise<PullResponse> {
  const cursor = request.cursor === null ? 0 : Number(request.cursor);
  const teams = [...agent.teamIds];
  return hub.db.transaction(
    async (tx) => {
      const entries = await tx.query<Entry>(PAGE_QUERY, [cursor, teams, request.limit + 1]);
      const hasMore = entries.length > request.limit;
      const page = entries.slice(0, request.limit);
      const lastOfPage = hasMore ? (page.at(-1) as Entry).version : null;
      const [mark] = await tx.query<{ head: number; seq: number }>(HEAD_AND_SEQ_QUERY, [
        request.clientId,
        lastOfPage,
        cursor,
      ]);
      const headVersion = mark?.head ?? 0;
      const nextCursor = lastOfPage ?? Math.max(cursor, headVersion);
      const changes = await rowsWithParents(tx, page, cursor, [...teams, NO_TEAM]);
      return {
        changes,
        nextCursor: String(nextCursor),
        hasMore,
        headVersion,
        lastMutationSeq: mark?.seq ?? 0,
      };
    },
    { isolation: 'repeatable read' },
  );
}

type Row = Record<string, unknown> & { id: string };

function bucket<K, V>(map: Map<K, V[]>, key: K): V[] {
  const found = map.get(key);
  if (found) return found;
  const made: V[] = [];
  map.set(key, made);
  return made;
}

/**
 * The page's rows and every row they point at that the desk cannot have yet (visible, changed after
 * the cursor), transitively. A reference to a row the agent may not see at all (a merge recorded on
 * another team's case) is sent as null: the desk never holds a row it could not resolve.
 */
async function rowsWithParents(
  tx: Sql,
  page: Entry[],
  cursor: number,
  /** The agent's teams and NO_TEAM: the change_log scopes they see. */
  scopes: string[],
): Promise<RowChange[]> {
  const versions = new Map<string, { table: SyncTable; id: string; version: number }>();
  const add = (e: Entry) => {
    const key = `${e.entity}:${e.row_id}`;
    const known = versions.get(key);
    if (!known || known.version < e.version)
      versions.set(key, { table: e.entity, id: e.row_id, version: e.version });
  };
  page.forEach(add);
  const rows = new Map<string, Row>();
  let pending = [...versions.values()];
  while (pending.length > 0) {
    const fetched = await fetchRows(tx, pending);
    for (const [key, row] of fetched) rows.set(key, row);
    const pointers: Array<{ row: Row; column: string; parent: SyncTable; id: string }> = [];
    for (const { table, id } of pending) {
      const row = fetched.get(`${table}:${id}`);
      if (!row) continue;
      for (const [column, parent] of parentRefs[table] ?? []) {
        const parentId = row[column];
        if (typeof parentId !== 'string' || versions.has(`${parent}:${parentId}`)) continue;
        pointers.push({ row, column, parent, id: parentId });
      }
    }
    const visible = new Set<string>();
    const parents: Entry[] = [];
    const keys = [...new Set(pointers.map((p) => `${p.parent}:${p.id}`))];
    if (keys.length > 0) {
      const found = await tx.query<Entry>(PARENTS_QUERY, [
        keys.map((k) => k.slice(0, k.indexOf(':'))),
        keys.map((k) => k.slice(k.indexOf(':') + 1)),
        scopes,
      ]);
      for (const entry of found) {
        visible.add(`${entry.entity}:${entry.row_id}`);
        // Changed at or before the cursor: the desk already holds it.
        if (entry.version > cursor) parents.push(entry);
      }
    }
    for (const p of pointers) if (!visible.has(`${p.parent}:${p.id}`)) p.row[p.column] = null;
    parents.forEach(add);
    pending = parents.map((p) => ({ table: p.entity, id: p.row_id, version: p.version }));
  }
  const changes: RowChange[] = [];
  for (const { table, id, version } of versions.values()) {
    const row = rows.get(`${table}:${id}`);
    // Row shapes come from the same column lists as rows.ts; tests parse every pulled row with it.
    if (row) changes.push({ table, version, row } as RowChange);
  }
  const rank = (c: RowChange) =>
    syncTables.indexOf(c.table) * 2 + (c.table === 'people' && c.row.merged_into ? 1 : 0);
  return changes.sort((a, b) => rank(a) - rank(b) || a.version - b.version);
}

async function fetchRows(
  tx: Sql,
  wanted: Array<{ table: SyncTable; id: string }>,
): Promise<Map<string, Row>> {
  const byTable = new Map<SyncTable, string[]>();
  for (const { table, id } of wanted) bucket(byTable, table).push(id);
  const found = new Map<string, Row>();
  for (const [table, ids] of byTable) {
    const rows = await tx.query<Row>(`SELECT ${selectList(table)} FROM ${table} WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    for (const row of rows) found.set(`${table}:${row.id}`, row);
  }
  return found;
}
