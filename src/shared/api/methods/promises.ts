import { z } from 'zod';
import { CasePromise, Id, Instant } from '../../domain';

export const promisesMethods = {
  'promises.make': {
    args: z.object({
      caseId: Id,
      text: z.string().trim().min(1).max(1000),
      dueAt: Instant,
      /** Defaults to the agent making the promise. */
      ownerId: Id.nullable().default(null),
    }),
    result: z.object({ promise: CasePromise }),
  },
  'promises.keep': {
    args: z.object({ promiseId: Id, note: z.string().trim().max(2000).default('') }),
    result: z.object({ promise: CasePromise }),
  },
  'promises.cancel': {
    args: z.object({ promiseId: Id, note: z.string().trim().min(1).max(2000) }),
    result: z.object({ promise: CasePromise }),
  },
} as const;
