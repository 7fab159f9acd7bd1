import type { Args, Result } from '../../shared/api';
import { ApiError } from '../../shared/api';
import type { AgentRow, CaseRow, EventRow, PersonRow, PromiseRow } from '../store/rows';
import { agentFromRow, caseFromRow, eventFromRow, personFromRow, promiseFromRow } from '../store/rows';
import type { Db } from '../store/openStore';
import type { QueryContext } from './context';
import { PROMISE_ORDER } from './promiseOrder';
import { repeatSignal } from './repeatSignal';
import { prepared } from './statements';

/** A case with its person, assignee, whole timeline (oldest first, newest last) and promises. */
export function getCaseDetail(db: Db, ctx: QueryContext, args: Args<'cases.get'>): Result<'cases.get'> {
  const caseRow = prepared<CaseRow>(db, 'SELECT * FROM cases WHERE id = ?').get(args.caseId);
  if (!caseRow) throw new ApiError('not_found', `No case with id ${args.caseId}.`);

  const person = prepared<PersonRow>(db, 'SELECT * FROM people WHERE id = ?').get(caseRow.person_id);
  if (!person) throw new ApiError('not_found', `The person of case ${caseRow.ref} is missing.`);
  const assignee =
    caseRow.assignee_id === null
      ? undefined
      : prepared<AgentRow>(db, 'SELECT * FROM agents WHERE id = ?').get(caseRow.assignee_id);

  const events = prepared<EventRow>(db, 'SELECT * FROM events WHERE case_id = ? ORDER BY created_at, n').all(
    args.caseId,
  );
  const promises = prepared<PromiseRow>(
    db,
    `SELECT * FROM promises WHERE case_id = ? ORDER BY ${PROMISE_ORDER}`,
  ).all(args.caseId);

  return {
    case: caseFromRow(caseRow),
    person: personFromRow(person),
    assignee: assignee ? agentFromRow(assignee) : null,
    repeat: repeatSignal(db, caseRow.person_id, ctx.now),
    events: events.map(eventFromRow),
    promises: promises.map(promiseFromRow),
  };
}
