import { z } from 'zod';
import { Id, Instant, SyncStatus } from '../../domain';
// errors.ts directly: the sync index re-exports mutations.ts, which imports the contract (a cycle).
import { RejectionCode } from '../../sync/errors';

const empty = z.object({}).default({});

/** The hub this desk works with, and as whom. Never holds the password. */
export const HubAccount = z.object({
  url: z.string(),
  email: z.string(),
  agentId: Id,
  agentName: z.string(),
});
export type HubAccount = z.infer<typeof HubAccount>;

/** A change of this desk the hub refused for good: shown until the agent dismisses it. */
export const RejectedChange = z.object({
  /** The outbox sequence number: what `sync.dismissRejection` names. */
  seq: z.number().int().positive(),
  /** The command, e.g. `notes.add`; the renderer words it. */
  name: z.string(),
  /** The start of the text the change carried (a note, a promise …); '' when it had none. */
  summary: z.string(),
  createdAt: Instant,
  code: RejectionCode,
  /** The hub's reason, in its words. */
  reason: z.string(),
});
export type RejectedChange = z.infer<typeof RejectedChange>;

export const syncMethods = {
  'sync.account': { args: empty, result: z.object({ account: HubAccount.nullable() }) },
  /**
   * Signs in at the hub and starts syncing. A desk holding another workspace (the demo, another
   * account's) is replaced by this account's: `workspaceReplaced` tells the window to load afresh.
   */
  'sync.connect': {
    args: z.object({
      url: z
        .string()
        .trim()
        .pipe(z.url({ protocol: /^https?$/ })),
      email: z.string().trim().min(3).max(320),
      password: z.string().min(1).max(1000),
    }),
    result: z.object({ status: SyncStatus, account: HubAccount, workspaceReplaced: z.boolean() }),
  },
  /** Signs out; the desk keeps its data and its outbox, and works locally until it connects again. */
  'sync.disconnect': { args: empty, result: SyncStatus },
  /** Pushes and pulls now (the desk also does so by itself); answers once that round is over. */
  'sync.now': { args: empty, result: SyncStatus },
  'sync.rejections': { args: empty, result: z.object({ rejections: z.array(RejectedChange) }) },
  'sync.dismissRejection': {
    args: z.object({ seq: z.number().int().positive() }),
    result: z.object({}),
  },
} as const;
