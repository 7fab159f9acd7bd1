import type { SyncRow } from '../../../shared/sync';
import type { Sql } from '../../db/port';
import { selectList } from '../tables';

export type CaseRow = SyncRow<'cases'>;
export type AgentRow = SyncRow<'agents'>;
export type EventRow = SyncRow<'events'>;
export type CaseChange = Partial<Omit<CaseRow, 'id'>>;

/**
 * The rows nearly every mutation touches: its case (read under lock, then updated), an agent, a new
 * event. Statement by statement (`directCaseRows`), or held back and written per batch (BufferedWrites).
 */
export interface CaseRows {
  /** The case, locked until the transaction ends; null when there is none. */
  lockCase(id: string): Promise<CaseRow | null>;
  agent(id: string): Promise<AgentRow | null>;
  updateCase(id: string, change: CaseChange): Promise<void>;
  insertEvent(row: EventRow): Promise<void>;
}

export const LOCK_CASE = `SELECT ${selectList('cases')} FROM cases WHERE id = $1 FOR UPDATE`;
export const SELECT_AGENT = `SELECT ${selectList('agents')} FROM agents WHERE id = $1`;

/** Writes `change` to one case: one UPDATE of just those columns. */
export async function updateCaseNow(tx: Sql, id: string, change: CaseChange): Promise<void> {
  const columns = Object.keys(change) as Array<keyof CaseChange>;
  const assignments = columns.map((c, i) => `${c} = $${i + 2}`);
  await tx.query(`UPDATE cases SET ${assignments.join(', ')} WHERE id = $1`, [
    id,
    ...columns.map((c) => change[c]),
  ]);
}

export function directCaseRows(tx: Sql): CaseRows {
  return {
    async lockCase(id) {
      return (await tx.query<CaseRow>(LOCK_CASE, [id]))[0] ?? null;
    },
    async agent(id) {
      return (await tx.query<AgentRow>(SELECT_AGENT, [id]))[0] ?? null;
    },
    updateCase: (id, change) => updateCaseNow(tx, id, change),
    async insertEvent(e) {
      await tx.query(
        `INSERT INTO events(id, case_id, person_id, kind, channel, direction, author_id, created_at, body_text,
           body_rich, meta)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          e.id,
          e.case_id,
          e.person_id,
          e.kind,
          e.channel,
          e.direction,
          e.author_id,
          e.created_at,
          e.body_text,
          e.body_rich,
          e.meta,
        ],
      );
    },
  };
}
