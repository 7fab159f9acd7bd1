import { z } from 'zod';
import { CasePromise, Id, SyncStatus } from '../domain';

/** Events core pushes to every connected renderer. */
export const pushEvents = {
  /** A case or its timeline changed; views showing it should refetch. */
  'case.changed': z.object({ caseId: Id }),
  'person.changed': z.object({ personId: Id }),
  /** Many cases changed at once (import, sync pull); refetch lists and counts. */
  'cases.invalidated': z.object({}),
  'sync.status': SyncStatus,
  /** A promise owned by this agent reached its due time. */
  'promise.due': z.object({ promise: CasePromise }),
} as const;
