import { v7 as uuidv7 } from 'uuid';
import type { Channel, ContactPointKind, Direction } from '../../shared/domain';
import type { SyncRow } from '../../shared/sync';
import { snippetOf } from '../../shared/sync/snippet';
import { normalizeContactValue } from '../../shared/text/normalizeContactValue';
import type { HubContext } from '../hubContext';
import type { Changes } from '../sync/changeLog';
import { selectList } from '../sync/tables';
import { writeTransaction } from '../sync/writeTransaction';
import { nextCaseRef } from './caseRefs';

type CaseRow = SyncRow<'cases'>;
type PersonRow = SyncRow<'people'>;

/** A contact arriving through a channel, already validated. */
export interface IncomingContact {
  channel: Extract<Channel, 'email' | 'webform' | 'phone'>;
  /** The team whose channel it came in on (the key's or the mailbox's). */
  teamId: string;
  sender: { name: string | null; email: string | null; phone: string | null };
  subject: string;
  bodyText: string;
  direction: Direction;
  at: number;
  meta: Record<string, unknown>;
  /**
   * new-case: always a new case (a web form is a new question). continue: the person's latest case
   * in the team that is not closed, else a new one (a call about the same thing). A ref: that case,
   * when it is this person's (an e-mail reply quoting [K-2026-00042]), else as `continue`.
   */
  thread: { kind: 'new-case' } | { kind: 'continue' } | { kind: 'ref'; ref: string };
  /** Source + external id: the same contact sent twice is stored once. */
  receipt: { source: string; externalId: string } | null;
}

export interface IngestResult {
  personId: string;
  caseId: string;
  caseRef: string;
  eventId: string;
  newPerson: boolean;
  newCase: boolean;
  /** The personal agent the case went to, if the person has one. */
  routedTo: string | null;
  duplicate: boolean;
}

/**
 * Matches the sender to a person by contact point (an unknown sender becomes a new person), routes
 * a contact from a person with a personal agent to that agent (and their team), and records it on a
 * case as an incoming event: one transaction, in the change feed like any other write.
 */
export async function ingestContact(hub: HubContext, contact: IncomingContact): Promise<IngestResult> {
  return writeTransaction(hub.db, hub.changeChannel, async (changes) => {
    const earlier = contact.receipt ? await receiptResult(changes, contact.receipt) : null;
    if (earlier) return earlier;
    const at = Math.min(contact.at, hub.now());
    const matched = await matchPerson(changes, contact.sender);
    const person = matched ?? (await createPerson(changes, contact.sender, at));
    const owner = person.personal_agent_id
      ? (
          await changes.tx.query<{ id: string; team_id: string }>(
            'SELECT id, team_id FROM agents WHERE id = $1',
            [person.personal_agent_id],
          )
        )[0]
      : undefined;
    const teamId = owner?.team_id ?? contact.teamId;
    await changes.grantPerson(person.id, teamId);
    const existing = await caseToContinue(changes, contact, person.id, teamId);
    const caseRow =
      existing ?? (await createCase(changes, contact, person.id, teamId, owner?.id ?? null, at));
    const eventId = uuidv7();
    await changes.tx.query(
      `INSERT INTO events(id, case_id, person_id, kind, channel, direction, author_id, created_at, body_text, meta)
       VALUES ($1, $2, $3, 'contact', $4, $5, NULL, $6, $7, $8)`,
      [
        eventId,
        caseRow.id,
        person.id,
        contact.channel,
        contact.direction,
        at,
        contact.bodyText,
        JSON.stringify(contact.meta),
      ],
    );
    await changes.row('events', eventId, [caseRow.team_id]);
    if (existing) await refreshCase(changes, existing, contact, at);
    if (contact.receipt) {
      await changes.tx.query(
        'INSERT INTO channel_receipts(source, external_id, event_id) VALUES ($1, $2, $3)',
        [contact.receipt.source, contact.receipt.externalId, eventId],
      );
    }
    return {
      personId: person.id,
      caseId: caseRow.id,
      caseRef: caseRow.ref,
      eventId,
      newPerson: matched === null,
      newCase: existing === null,
      routedTo: owner?.id ?? null,
      duplicate: false,
    };
  });
}

async function receiptResult(
  changes: Changes,
  receipt: { source: string; externalId: string },
): Promise<IngestResult | null> {
  const [row] = await changes.tx.query<{ event_id: string; case_id: string; person_id: string; ref: string }>(
    `SELECT r.event_id, e.case_id, e.person_id, c.ref FROM channel_receipts r
     JOIN events e ON e.id = r.event_id JOIN cases c ON c.id = e.case_id
     WHERE r.source = $1 AND r.external_id = $2`,
    [receipt.source, receipt.externalId],
  );
  if (!row) return null;
  return {
    personId: row.person_id,
    caseId: row.case_id,
    caseRef: row.ref,
    eventId: row.event_id,
    newPerson: false,
    newCase: false,
    routedTo: null,
    duplicate: true,
  };
}

/** The person behind an e-mail address or phone number; a merged duplicate leads to the kept record. */
async function matchPerson(changes: Changes, sender: IncomingContact['sender']): Promise<PersonRow | null> {
  const points: Array<[ContactPointKind, string]> = [];
  if (sender.email) points.push(['email', normalizeContactValue(sender.email)]);
  if (sender.phone) points.push(['phone', normalizeContactValue(sender.phone)]);
  for (const [kind, norm] of points) {
    if (norm === '') continue;
    const [row] = await changes.tx.query<PersonRow>(
      `SELECT ${selectList('people', 'p')} FROM contact_points cp
       JOIN people p ON p.id = coalesce((SELECT merged_into FROM people WHERE id = cp.person_id), cp.person_id)
       WHERE cp.kind = $1 AND cp.norm_value = $2 AND p.merged_into IS NULL
       ORDER BY p.created_at, p.id LIMIT 1`,
      [kind, norm],
    );
    if (row) return row;
  }
  return null;
}

async function createPerson(
  changes: Changes,
  sender: IncomingContact['sender'],
  at: number,
): Promise<PersonRow> {
  const id = uuidv7();
  const name = sender.name?.trim() || sender.email || sender.phone || '?';
  const [person] = await changes.tx.query<PersonRow>(
    `INSERT INTO people(id, name, created_at) VALUES ($1, $2, $3) RETURNING ${selectList('people')}`,
    [id, name, at],
  );
  const points: Array<[ContactPointKind, string]> = [];
  if (sender.email) points.push(['email', sender.email]);
  if (sender.phone) points.push(['phone', sender.phone]);
  for (const [kind, value] of points) {
    await changes.tx.query(
      'INSERT INTO contact_points(id, person_id, kind, value, norm_value) VALUES ($1, $2, $3, $4, $5)',
      [uuidv7(), id, kind, value, normalizeContactValue(value)],
    );
  }
  return person as PersonRow;
}

async function caseToContinue(
  changes: Changes,
  contact: IncomingContact,
  personId: string,
  teamId: string,
): Promise<CaseRow | null> {
  if (contact.thread.kind === 'new-case') return null;
  if (contact.thread.kind === 'ref') {
    const [byRef] = await changes.tx.query<CaseRow>(
      `SELECT ${selectList('cases')} FROM cases WHERE ref = $1 AND person_id = $2 FOR UPDATE`,
      [contact.thread.ref, personId],
    );
    if (byRef) return byRef;
  }
  const [latest] = await changes.tx.query<CaseRow>(
    `SELECT ${selectList('cases')} FROM cases WHERE person_id = $1 AND team_id = $2 AND status <> 'closed'
     ORDER BY last_contact_at DESC, id DESC LIMIT 1 FOR UPDATE`,
    [personId, teamId],
  );
  return latest ?? null;
}

async function createCase(
  changes: Changes,
  contact: IncomingContact,
  personId: string,
  teamId: string,
  assigneeId: string | null,
  at: number,
): Promise<CaseRow> {
  const id = uuidv7();
  const ref = await nextCaseRef(changes.tx, at);
  const [row] = await changes.tx.query<CaseRow>(
    `INSERT INTO cases(id, ref, person_id, team_id, subject, channel, status, priority, assignee_id, created_at,
       updated_at, last_contact_at, snippet, unread)
     VALUES ($1, $2, $3, $4, $5, $6, 'open', 'normal', $7, $8, $8, $8, $9, 1)
     RETURNING ${selectList('cases')}`,
    [
      id,
      ref,
      personId,
      teamId,
      contact.subject,
      contact.channel,
      assigneeId,
      at,
      snippetOf(contact.bodyText),
    ],
  );
  await changes.row('cases', id, [teamId]);
  return row as CaseRow;
}

/** A new contact on a waiting or snoozed case opens it again, unread, with the new last contact. */
async function refreshCase(
  changes: Changes,
  caseRow: CaseRow,
  contact: IncomingContact,
  at: number,
): Promise<void> {
  const incoming = contact.direction === 'in';
  await changes.tx.query(
    `UPDATE cases SET updated_at = $2, last_contact_at = $2, snippet = $3,
       status = CASE WHEN $4 THEN 'open' ELSE status END,
       snoozed_until = CASE WHEN $4 THEN NULL ELSE snoozed_until END,
       unread = CASE WHEN $4 THEN 1 ELSE unread END,
       first_response_at = CASE WHEN $4 THEN first_response_at ELSE coalesce(first_response_at, $2) END
     WHERE id = $1`,
    [caseRow.id, at, snippetOf(contact.bodyText), incoming],
  );
  await changes.row('cases', caseRow.id, [caseRow.team_id]);
}
