import { v7 } from 'uuid';
import type { CaseStatus, Channel, Direction, EventKind, PromiseStatus } from '../../../src/shared/domain';
import type { QueryContext } from '../../../src/core/queries/context';
import { openStore, type Db } from '../../../src/core/store/openStore';

/** A fixed "now" so 7-day windows and overdue promises do not depend on when the tests run. */
export const NOW = Date.UTC(2026, 2, 2, 12, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface PersonInput {
  name: string;
  preferredName?: string | null;
  personalAgentId?: string | null;
  noteText?: string;
  mergedInto?: string | null;
  createdAt?: number;
}

export interface CaseInput {
  personId: string;
  teamId?: string;
  subject?: string;
  ref?: string;
  channel?: Channel;
  status?: CaseStatus;
  assigneeId?: string | null;
  lastContactAt?: number;
  snippet?: string;
}

export interface EventInput {
  caseId: string;
  kind?: EventKind;
  channel?: Channel | null;
  direction?: Direction | null;
  authorId?: string | null;
  createdAt?: number;
  bodyText?: string;
  /** Defaults to the case's person. */
  personId?: string;
}

export interface PromiseInput {
  caseId: string;
  dueAt: number;
  ownerId: string;
  status?: PromiseStatus;
  text?: string;
  resolvedAt?: number | null;
}

/**
 * A small desk inserted straight with SQL: two teams, me and a colleague in "Kundservice",
 * an outsider in "Pension". Builders fill sensible defaults so each test states only what it is about.
 */
export function makeDesk() {
  const db: Db = openStore({ path: ':memory:' });
  let refs = 0;

  const team = (name: string): string => {
    const id = v7();
    db.prepare('INSERT INTO teams(id, name) VALUES (?, ?)').run(id, name);
    return id;
  };
  const agent = (name: string, teamId: string): string => {
    const id = v7();
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`;
    db.prepare('INSERT INTO agents(id, name, email, team_id) VALUES (?, ?, ?, ?)').run(
      id,
      name,
      email,
      teamId,
    );
    return id;
  };

  const teamId = team('Kundservice');
  const otherTeamId = team('Pension');
  const meId = agent('Maja Lind', teamId);
  const colleagueId = agent('Ahmed Yilmaz', teamId);
  const outsiderId = agent('Tuula Virtanen', otherTeamId);
  const ctx: QueryContext = { meId, now: NOW };

  const person = (input: PersonInput): string => {
    const id = v7();
    db.prepare(
      `INSERT INTO people(id, name, preferred_name, personal_agent_id, note_text, created_at, merged_into)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.name,
      input.preferredName ?? null,
      input.personalAgentId ?? null,
      input.noteText ?? '',
      input.createdAt ?? NOW - 100 * DAY,
      input.mergedInto ?? null,
    );
    return id;
  };

  const caseOf = (input: CaseInput): string => {
    const id = v7();
    const last = input.lastContactAt ?? NOW - HOUR;
    refs += 1;
    db.prepare(
      `INSERT INTO cases(id, ref, person_id, team_id, subject, channel, status, priority, assignee_id,
         created_at, updated_at, last_contact_at, snippet)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.ref ?? `K-2026-${String(refs).padStart(5, '0')}`,
      input.personId,
      input.teamId ?? teamId,
      input.subject ?? 'Fråga om faktura',
      input.channel ?? 'email',
      input.status ?? 'open',
      input.assigneeId ?? null,
      last - DAY,
      last,
      last,
      input.snippet ?? '',
    );
    return id;
  };

  const event = (input: EventInput): string => {
    const id = v7();
    const personId =
      input.personId ??
      (db.prepare('SELECT person_id FROM cases WHERE id = ?').get(input.caseId) as { person_id: string })
        .person_id;
    const kind = input.kind ?? 'contact';
    db.prepare(
      `INSERT INTO events(id, case_id, person_id, kind, channel, direction, author_id, created_at, body_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.caseId,
      personId,
      kind,
      input.channel === undefined ? (kind === 'contact' ? 'email' : null) : input.channel,
      input.direction === undefined ? (kind === 'contact' ? 'in' : null) : input.direction,
      input.authorId ?? null,
      input.createdAt ?? NOW - HOUR,
      input.bodyText ?? '',
    );
    return id;
  };

  const promise = (input: PromiseInput): string => {
    const id = v7();
    const { person_id: personId } = db
      .prepare('SELECT person_id FROM cases WHERE id = ?')
      .get(input.caseId) as {
      person_id: string;
    };
    db.prepare(
      `INSERT INTO promises(id, case_id, person_id, text, due_at, owner_id, status, created_at, created_by, resolved_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.caseId,
      personId,
      input.text ?? 'Ringa tillbaka',
      input.dueAt,
      input.ownerId,
      input.status ?? 'open',
      NOW - 2 * DAY,
      input.ownerId,
      input.resolvedAt ?? null,
    );
    return id;
  };

  return {
    db,
    ctx,
    teamId,
    otherTeamId,
    meId,
    colleagueId,
    outsiderId,
    team,
    agent,
    person,
    caseOf,
    event,
    promise,
  };
}

export type Desk = ReturnType<typeof makeDesk>;
