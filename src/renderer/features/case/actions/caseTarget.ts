import type { Result } from '../../../../shared/api';
import type { CaseStatus, InboxRow, Priority } from '../../../../shared/domain';

/** The case an action applies to: the open case, or the selected inbox row. */
export interface CaseTarget {
  caseId: string;
  personName: string;
  subject: string;
  status: CaseStatus;
  priority: Priority;
  assigneeId: string | null;
  unread: boolean;
}

/**
 * What an action did, so the screen can move on (resolved, snoozed) or stay (assigned, priority).
 * Status changes are named by the status they set.
 */
export type CaseActionKind = 'assign' | 'snooze' | 'priority' | 'unread' | 'open' | 'waiting' | 'closed';

export function targetFromRow(row: InboxRow): CaseTarget {
  return {
    caseId: row.id,
    personName: row.personName,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    assigneeId: row.assigneeId,
    unread: row.unread,
  };
}

export function targetFromCase(data: Result<'cases.get'>): CaseTarget {
  const c = data.case;
  return {
    caseId: c.id,
    personName: data.person.name,
    subject: c.subject,
    status: c.status,
    priority: c.priority,
    assigneeId: c.assigneeId,
    unread: c.unread,
  };
}

/** `e`: resolve, or reopen what is already closed. */
export const resolveTo = (status: CaseStatus): 'open' | 'closed' => (status === 'closed' ? 'open' : 'closed');

/** `u`: mark waiting (for the customer), or back to open when it already waits. */
export const waitingTo = (status: CaseStatus): 'open' | 'waiting' =>
  status === 'waiting' ? 'open' : 'waiting';
