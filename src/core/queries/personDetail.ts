import type { Args, Result } from '../../shared/api';
import { ApiError } from '../../shared/api';
import type { AgentRow, ContactPointRow, EventRow, PersonRow, PromiseRow } from '../store/rows';
import {
  agentFromRow,
  contactPointFromRow,
  eventFromRow,
  personFromRow,
  promiseFromRow,
} from '../store/rows';
import type { Db } from '../store/openStore';
import type { QueryContext } from './context';
import { loadInboxRows } from './inboxRows';
import { mergesInto } from './personMerges';
import { PROMISE_ORDER } from './promiseOrder';
import { repeatSignal } from './repeatSignal';
import { prepared } from './statements';

/** How much of the cross-case story the person view loads; older events stay in each case's own timeline. */
export const PERSON_TIMELINE_LIMIT = 500;

// The most recent events across all the person's cases, handed back oldest first (newest last).
// Through the cases, not events.person_id: cases merged in from a duplicate bring their whole story.
const recentTimeline = `
SELECT * FROM (
  SELECT e.* FROM events e
  WHERE e.case_id IN (SELECT id FROM cases WHERE person_id = :person)
  ORDER BY e.created_at DESC, e.n DESC LIMIT :limit
) ORDER BY created_at, n`;

/** Everything the person view shows: who they are, their cases (live ones first), promises and story. */
export function getPersonDetail(db: Db, ctx: QueryContext, args: Args<'people.get'>): Result<'people.get'> {
  const person = prepared<PersonRow>(db, 'SELECT * FROM people WHERE id = ?').get(args.personId);
  if (!person) throw new ApiError('not_found', `No person with id ${args.personId}.`);

  const personalAgent =
    person.personal_agent_id === null
      ? undefined
      : prepared<AgentRow>(db, 'SELECT * FROM agents WHERE id = ?').get(person.personal_agent_id);
  const contactPoints = prepared<ContactPointRow>(
    db,
    'SELECT * FROM contact_points WHERE person_id = ? ORDER BY kind, n',
  ).all(person.id);
  const caseNs = prepared<{ n: number }>(
    db,
    `SELECT n FROM cases WHERE person_id = ? ORDER BY status = 'closed', last_contact_at DESC, n DESC`,
  )
    .all(person.id)
    .map((r) => r.n);
  const promises = prepared<PromiseRow>(
    db,
    `SELECT * FROM promises WHERE person_id = ? ORDER BY ${PROMISE_ORDER}`,
  ).all(person.id);
  const timeline = prepared<EventRow>(db, recentTimeline).all({
    person: person.id,
    limit: PERSON_TIMELINE_LIMIT,
  });

  return {
    person: personFromRow(person),
    personalAgent: personalAgent ? agentFromRow(personalAgent) : null,
    contactPoints: contactPoints.map(contactPointFromRow),
    cases: loadInboxRows(db, ctx.now, caseNs),
    promises: promises.map(promiseFromRow),
    repeat: repeatSignal(db, person.id, ctx.now),
    timeline: timeline.map(eventFromRow),
    merges: mergesInto(db, person.id),
  };
}
