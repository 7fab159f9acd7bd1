import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../src/core/store/openStore';

/**
 * The baseline of the triage metrics: the rows a triage command writes (the case update, the timeline event
 * with its FTS row, the outbox entry and its sequence), written with plain prepared statements in one
 * transaction. What the command costs beyond this is validation, reads and bookkeeping.
 */
export interface RawWriter {
  assign(caseId: string, personId: string, assigneeId: string): void;
  resolve(caseId: string, personId: string): void;
  note(caseId: string, personId: string, text: string): void;
}

export function rawWriter(db: Db, meId: string, now: () => number): RawWriter {
  const insertEvent = db.prepare(
    `INSERT INTO events(id, case_id, person_id, kind, channel, direction, author_id, created_at, body_text,
       body_rich, meta) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?, NULL, ?)`,
  );
  const insertOutbox = db.prepare(
    `INSERT INTO outbox(seq, mutation_id, name, args, created_at)
     VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM outbox), ?, ?, ?, ?)`,
  );
  const saveSeq = db.prepare(
    `INSERT INTO sync_state(key, value) VALUES ('outbox_last_seq', (SELECT max(seq) FROM outbox))
     ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  );
  const setAssignee = db.prepare('UPDATE cases SET assignee_id = ?, updated_at = ? WHERE id = ?');
  const setClosed = db.prepare(
    `UPDATE cases SET status = 'closed', snoozed_until = NULL, updated_at = ?, closed_at = ? WHERE id = ?`,
  );
  const touch = db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?');

  const event = (caseId: string, personId: string, kind: string, body: string, meta: object): string => {
    const id = uuidv7();
    insertEvent.run(id, caseId, personId, kind, meId, now(), body, JSON.stringify(meta));
    return id;
  };
  const outbox = (name: string, args: object): void => {
    insertOutbox.run(uuidv7(), name, JSON.stringify(args), now());
    saveSeq.run();
  };

  return {
    assign: db.transaction((caseId: string, personId: string, assigneeId: string) => {
      setAssignee.run(assigneeId, now(), caseId);
      const eventId = event(caseId, personId, 'assigned', '', { from: null, to: assigneeId });
      outbox('cases.assign', { caseId, assigneeId, handoverNote: '', eventId });
    }),
    resolve: db.transaction((caseId: string, personId: string) => {
      setClosed.run(now(), now(), caseId);
      const eventId = event(caseId, personId, 'status_changed', '', { from: 'open', to: 'closed' });
      outbox('cases.setStatus', { caseId, status: 'closed', eventId });
    }),
    note: db.transaction((caseId: string, personId: string, text: string) => {
      const eventId = event(caseId, personId, 'note', text, {});
      touch.run(now(), caseId);
      outbox('notes.add', { caseId, bodyText: text, bodyRich: null, eventId });
    }),
  };
}
