import type { InboxRow } from '../../shared/domain';
import type { Db } from '../store/openStore';
import { repeatSignals } from './repeatSignal';
import { prepared } from './statements';

interface InboxRowRecord {
  n: number;
  id: string;
  ref: string;
  person_id: string;
  person_name: string;
  channel: InboxRow['channel'];
  subject: string;
  snippet: string;
  status: InboxRow['status'];
  priority: InboxRow['priority'];
  assignee_id: string | null;
  assignee_name: string | null;
  created_at: number;
  last_contact_at: number;
  unread: number;
  promise_due_at: number | null;
}

// Everything a row shows, for at most one page of cases picked by rowid (cases.n). The `+` on
// pr.status keeps SQLite on promises_case: promises_open_due would read every open promise per row.
export const inboxRowsSql = `
SELECT c.n, c.id, c.ref, c.person_id, coalesce(nullif(p.preferred_name, ''), p.name) AS person_name,
  c.channel, c.subject, c.snippet, c.status, c.priority, c.assignee_id, a.name AS assignee_name,
  c.created_at, c.last_contact_at, c.unread,
  (SELECT min(pr.due_at) FROM promises pr WHERE pr.case_id = c.id AND +pr.status = 'open') AS promise_due_at
FROM cases c
JOIN people p ON p.id = c.person_id
LEFT JOIN agents a ON a.id = c.assignee_id
WHERE c.n IN (SELECT value FROM json_each(?))`;

/**
 * Inbox rows for the given cases (by cases.n), in the order given. Two statements whatever the
 * page size: the rows with their joins, then one grouped query for every row's repeat signal.
 */
export function loadInboxRows(db: Db, now: number, caseNs: readonly number[]): InboxRow[] {
  if (caseNs.length === 0) return [];
  const records = prepared<InboxRowRecord>(db, inboxRowsSql).all(JSON.stringify(caseNs));
  const byN = new Map(records.map((r) => [r.n, r]));
  const repeats = repeatSignals(
    db,
    records.map((r) => r.person_id),
    now,
  );
  const rows: InboxRow[] = [];
  for (const n of caseNs) {
    const r = byN.get(n);
    if (!r) continue;
    rows.push({
      id: r.id,
      ref: r.ref,
      personId: r.person_id,
      personName: r.person_name,
      channel: r.channel,
      subject: r.subject,
      snippet: r.snippet,
      status: r.status,
      priority: r.priority,
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_name,
      createdAt: r.created_at,
      lastContactAt: r.last_contact_at,
      unread: r.unread === 1,
      promiseDueAt: r.promise_due_at,
      repeat: repeats.get(r.person_id) ?? { contacts7d: 0, channels7d: [] },
    });
  }
  return rows;
}
