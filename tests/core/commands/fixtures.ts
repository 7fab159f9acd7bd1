import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import type { CommandContext } from '../../../src/core/commands/context';
import { openStore, type Db } from '../../../src/core/store/openStore';
import { ApiError, methods, type Args, type ArgsIn, type MethodName } from '../../../src/shared/api';
import type { Channel } from '../../../src/shared/domain';

/** 10 March 2026, 09:00 UTC: a Tuesday morning at the desk. */
export const NOW = Date.UTC(2026, 2, 10, 9, 0);
export const HOUR = 3_600_000;
/** A well-formed id that names nothing in the store. */
export const UNKNOWN_ID = '01890a5d-ac96-774b-bcce-b302099a8057';

export interface Desk {
  db: Db;
  teamId: string;
  meId: string;
  colleagueId: string;
  personId: string;
  caseId: string;
  /** The context a command runs in: me, at `now`. */
  ctx(now?: number): CommandContext;
}

/** A small desk in memory: one team, me and a colleague, one person (Åsa) with one open email case. */
export function makeDesk(): Desk {
  const db = openStore({ path: ':memory:' });
  const teamId = insertTeam(db, 'Kundservice Malmö');
  const meId = insertAgent(db, teamId, 'Maja Lindqvist');
  const colleagueId = insertAgent(db, teamId, 'Ole Nørgaard');
  const personId = insertPerson(db, 'Åsa Bergström');
  const caseId = insertCase(db, { personId, teamId, assigneeId: meId });
  return { db, teamId, meId, colleagueId, personId, caseId, ctx: (now = NOW) => ({ db, meId, now }) };
}

export function insertTeam(db: Db, name: string): string {
  const id = uuidv7();
  db.prepare('INSERT INTO teams(id, name) VALUES (?, ?)').run(id, name);
  return id;
}

export function insertAgent(db: Db, teamId: string, name: string): string {
  const id = uuidv7();
  const email = `${name.split(' ')[0]?.toLowerCase() ?? 'agent'}@example.org`;
  db.prepare('INSERT INTO agents(id, name, email, team_id) VALUES (?, ?, ?, ?)').run(id, name, email, teamId);
  return id;
}

export function insertPerson(db: Db, name: string): string {
  const id = uuidv7();
  db.prepare('INSERT INTO people(id, name, languages, created_at) VALUES (?, ?, \'["sv"]\', ?)').run(
    id,
    name,
    NOW - 30 * 24 * HOUR,
  );
  return id;
}

export function insertCase(
  db: Db,
  c: { personId: string; teamId: string; assigneeId?: string | null; channel?: Channel; subject?: string },
): string {
  const id = uuidv7();
  const createdAt = NOW - 2 * HOUR;
  db.prepare(
    `INSERT INTO cases(id, ref, person_id, team_id, subject, channel, status, priority, assignee_id, created_at,
       updated_at, last_contact_at, snippet)
     VALUES (?, ?, ?, ?, ?, ?, 'open', 'normal', ?, ?, ?, ?, ?)`,
  ).run(
    id,
    `P-${id.slice(-6)}`,
    c.personId,
    c.teamId,
    c.subject ?? 'Fakturan stämmer inte',
    c.channel ?? 'email',
    c.assigneeId ?? null,
    createdAt,
    createdAt,
    createdAt,
    'Hej, min faktura för februari är dubbel.',
  );
  return id;
}

export function insertOpenPromise(db: Db, d: Desk, text = 'Ringer tillbaka på torsdag'): string {
  const id = uuidv7();
  db.prepare(
    `INSERT INTO promises(id, case_id, person_id, text, due_at, owner_id, status, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
  ).run(id, d.caseId, d.personId, text, NOW + 48 * HOUR, d.meId, NOW - HOUR, d.meId);
  return id;
}

/** Everything a command could write, to show that a refused command wrote nothing at all. */
export function snapshot(db: Db): string {
  const tables = [
    'cases',
    'events',
    'promises',
    'outbox',
    'drafts',
    'sync_state',
    'people',
    'contact_points',
    'person_merges',
  ];
  return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
}

export function countRows(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export interface OutboxRow {
  seq: number;
  mutation_id: string;
  name: string;
  args: string;
  created_at: number;
  status: string;
}

export function outboxRows(db: Db): OutboxRow[] {
  return db
    .prepare('SELECT seq, mutation_id, name, args, created_at, status FROM outbox ORDER BY seq')
    .all() as OutboxRow[];
}

export function eventsOf(db: Db, caseId: string): { kind: string; meta: string; body_text: string }[] {
  return db.prepare('SELECT kind, meta, body_text FROM events WHERE case_id = ? ORDER BY n').all(caseId) as {
    kind: string;
    meta: string;
    body_text: string;
  }[];
}

/** Validates args as the dispatcher would (filling defaults), so tests write what a caller writes. */
export function argsFor<M extends MethodName>(method: M, input: ArgsIn<M>): Args<M> {
  return methods[method].args.parse(input) as Args<M>;
}

/** Runs a command that must be refused with this error code (and message, when given). */
export function expectApiError(run: () => unknown, code: ApiError['code'], message?: string): void {
  let thrown: unknown = null;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ApiError);
  expect((thrown as ApiError).code).toBe(code);
  if (message !== undefined) expect((thrown as ApiError).message).toBe(message);
}
