import type { Sql } from '../db/port';
import {
  LOCK_CASE,
  SELECT_AGENT,
  updateCaseNow,
  type AgentRow,
  type CaseChange,
  type CaseRow,
  type CaseRows,
  type EventRow,
} from './apply/caseRows';
import { selectList } from './tables';

/** The PostgreSQL type of each case column a mutation may write (arrays of them are unnested). */
const CASE_COLUMN_TYPES = {
  ref: 'text',
  person_id: 'uuid',
  team_id: 'uuid',
  subject: 'text',
  channel: 'text',
  status: 'text',
  priority: 'text',
  assignee_id: 'uuid',
  created_at: 'bigint',
  updated_at: 'bigint',
  last_contact_at: 'bigint',
  snippet: 'text',
  snoozed_until: 'bigint',
  first_response_at: 'bigint',
  closed_at: 'bigint',
  unread: 'integer',
} as const satisfies Record<keyof CaseChange, string>;

type CaseColumn = keyof typeof CASE_COLUMN_TYPES;

/** A desk may write a uuid in capitals; PostgreSQL reads it as the same id. */
const keyOf = (id: string): string => id.toLowerCase();

const INSERT_EVENTS = `
  INSERT INTO events(id, case_id, person_id, kind, channel, direction, author_id, created_at, body_text,
    body_rich, meta)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[],
    $8::bigint[], $9::text[], $10::text[], $11::text[])`;

/**
 * A push batch's case and event writes, held back and written in two set-based statements (one UPDATE of
 * every changed case, one INSERT of every new event) instead of two statements per mutation. Cases are
 * read once, locked, and kept here with the batch's changes applied, so a later mutation on the same
 * case sees the earlier one. Every other statement goes through `query`/`exec`, which first writes what
 * is held back and forgets what was read (that statement may read or change those rows): nothing can
 * tell the writes were late. A failed batch write cannot say which mutation caused it; the caller
 * replays the batch statement by statement then.
 */
export class BufferedWrites implements Sql, CaseRows {
  private readonly cases = new Map<string, CaseRow | null>();
  private readonly agents = new Map<string, AgentRow | null>();
  private readonly changedCases = new Set<string>();
  private readonly changedColumns = new Set<CaseColumn>();
  private events: EventRow[] = [];

  constructor(private readonly tx: Sql) {}

  async query<R extends object = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<R[]> {
    await this.flush();
    return this.tx.query<R>(text, params);
  }

  async exec(text: string): Promise<void> {
    await this.flush();
    await this.tx.exec(text);
  }

  /** Reads and locks the cases a batch is about to touch, in one statement (ids in lock order). */
  async prefetchCases(ids: readonly string[]): Promise<void> {
    const wanted = [...new Set(ids.map(keyOf))].filter((id) => !this.cases.has(id));
    if (wanted.length === 0) return;
    const rows = await this.tx.query<CaseRow>(
      `SELECT ${selectList('cases')} FROM cases WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [wanted],
    );
    for (const id of wanted) this.cases.set(id, null);
    for (const row of rows) this.cases.set(row.id, row);
  }

  async lockCase(id: string): Promise<CaseRow | null> {
    const key = keyOf(id);
    if (!this.cases.has(key)) this.cases.set(key, (await this.tx.query<CaseRow>(LOCK_CASE, [id]))[0] ?? null);
    const row = this.cases.get(key);
    // A copy: the caller keeps its "before" while the batch changes the case.
    return row ? { ...row } : null;
  }

  async agent(id: string): Promise<AgentRow | null> {
    const key = keyOf(id);
    if (!this.agents.has(key)) {
      this.agents.set(key, (await this.tx.query<AgentRow>(SELECT_AGENT, [id]))[0] ?? null);
    }
    return this.agents.get(key) ?? null;
  }

  async updateCase(id: string, change: CaseChange): Promise<void> {
    const key = keyOf(id);
    const row = this.cases.get(key);
    // Not read since the last flush: nothing of it is held back, so it is written at once.
    if (!row) return updateCaseNow(this.tx, id, change);
    this.cases.set(key, { ...row, ...change });
    this.changedCases.add(key);
    for (const column of Object.keys(change) as CaseColumn[]) this.changedColumns.add(column);
  }

  async insertEvent(row: EventRow): Promise<void> {
    this.events.push(row);
  }

  /** Writes what is held back and forgets what was read. */
  async flush(): Promise<void> {
    const cases = [...this.changedCases].map((id) => this.cases.get(id) as CaseRow);
    const columns = [...this.changedColumns];
    const events = this.events;
    this.cases.clear();
    this.agents.clear();
    this.changedCases.clear();
    this.changedColumns.clear();
    this.events = [];
    if (cases.length > 0) {
      const list = columns.map((c, i) => `$${i + 2}::${CASE_COLUMN_TYPES[c]}[]`).join(', ');
      await this.tx.query(
        `UPDATE cases AS c SET ${columns.map((col) => `${col} = v.${col}`).join(', ')}
         FROM unnest($1::uuid[], ${list}) AS v(id, ${columns.join(', ')})
         WHERE c.id = v.id`,
        [cases.map((r) => r.id), ...columns.map((col) => cases.map((r) => r[col]))],
      );
    }
    if (events.length > 0) {
      await this.tx.query(INSERT_EVENTS, [
        events.map((e) => e.id),
        events.map((e) => e.case_id),
        events.map((e) => e.person_id),
        events.map((e) => e.kind),
        events.map((e) => e.channel),
        events.map((e) => e.direction),
        events.map((e) => e.author_id),
        events.map((e) => e.created_at),
        events.map((e) => e.body_text),
        events.map((e) => e.body_rich),
        events.map((e) => e.meta),
      ]);
    }
  }
}
