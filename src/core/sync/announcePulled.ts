import type { Push } from '../dispatch/handlerTypes';
import type { Touched } from './touched';

/** Beyond this many cases, open views refetch on the one 'cases.invalidated' rather than one push per case. */
const PER_CASE_LIMIT = 200;

/**
 * Tells every window what a pull changed: lists and counts refetch, and once the pull is complete,
 * an open case or person refetches when it was among the changes (agent 2 sees agent 1's note appear).
 */
export function announcePulled(push: Push, touched: Touched, complete: boolean): void {
  if (touched.size === 0) return;
  push('cases.invalidated', {});
  if (!complete || touched.size > PER_CASE_LIMIT) return;
  for (const caseId of touched.caseIds) push('case.changed', { caseId });
  for (const personId of touched.personIds) push('person.changed', { personId });
}
