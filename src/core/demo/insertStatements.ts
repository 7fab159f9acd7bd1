import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/openStore';
import type { DemoCase } from './caseRows';
import type { DemoPerson } from './people';

/** Prepared once per seeding run and reused for every row: plain INSERTs, no commands, no outbox. */
export interface InsertStatements {
  team: Statement;
  agent: Statement;
  person: Statement;
  contactPoint: Statement;
  case: Statement;
  event: Statement;
  promise: Statement;
  savedReply: Statement;
}

export function prepareInserts(db: Db): InsertStatements {
  return {
    team: db.prepare('INSERT INTO teams (id, name) VALUES (?, ?)'),
    agent: db.prepare('INSERT INTO agents (id, name, email, team_id) VALUES (?, ?, ?, ?)'),
    person: db.prepare(
      `INSERT INTO people (id, name, preferred_name, languages, personal_agent_id, note_rich, note_text, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    contactPoint: db.prepare(
      'INSERT INTO contact_points (id, person_id, kind, value, norm_value) VALUES (?, ?, ?, ?, ?)',
    ),
    case: db.prepare(
      `INSERT INTO cases (id, ref, person_id, team_id, subject, channel, status, priority, assignee_id, created_at,
         updated_at, last_contact_at, snippet, snoozed_until, first_response_at, closed_at, unread)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    event: db.prepare(
      `INSERT INTO events (id, case_id, person_id, kind, channel, direction, author_id, created_at, body_text,
         body_rich, meta)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    promise: db.prepare(
      `INSERT INTO promises (id, case_id, person_id, text, due_at, owner_id, status, created_at, created_by,
         resolved_at, resolution_note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    savedReply: db.prepare(
      'INSERT INTO saved_replies (id, title, body_text, body_rich, locale) VALUES (?, ?, ?, ?, ?)',
    ),
  };
}

export function writePerson(
  insert: InsertStatements,
  person: DemoPerson,
  personalAgentId: string | null,
): void {
  insert.person.run(
    person.id,
    person.name,
    person.preferredName,
    JSON.stringify(person.languages),
    personalAgentId,
    person.noteRich,
    person.noteText,
    person.createdAt,
  );
  for (const point of person.contactPoints) {
    insert.contactPoint.run(point.id, person.id, point.kind, point.value, point.normValue);
  }
}

/** The case row first: its events and promises point at it. */
export function writeCase(insert: InsertStatements, { row, events, promises }: DemoCase): void {
  insert.case.run(
    row.id,
    row.ref,
    row.personId,
    row.teamId,
    row.subject,
    row.channel,
    row.status,
    row.priority,
    row.assigneeId,
    row.createdAt,
    row.updatedAt,
    row.lastContactAt,
    row.snippet,
    row.snoozedUntil,
    row.firstResponseAt,
    row.closedAt,
    row.unread,
  );
  for (const e of events) {
    insert.event.run(
      e.id,
      row.id,
      row.personId,
      e.kind,
      e.channel,
      e.direction,
      e.authorId,
      e.createdAt,
      e.bodyText,
      e.bodyRich,
      e.meta,
    );
  }
  for (const p of promises) {
    insert.promise.run(
      p.id,
      row.id,
      row.personId,
      p.text,
      p.dueAt,
      p.ownerId,
      p.status,
      p.createdAt,
      p.createdBy,
      p.resolvedAt,
      p.resolutionNote,
    );
  }
}
