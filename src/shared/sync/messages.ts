import { z } from 'zod';
import { Agent, Id, Instant, Team } from '../domain/entities';
import { RejectionCode } from './errors';
import { Mutation } from './mutations';
import { RowChange } from './rows';

/** Request and reply bodies of the hub's sync endpoints (see protocol.ts for the rules). */

export const PUSH_MAX_MUTATIONS = 500;
export const PULL_DEFAULT_LIMIT = 1000;
export const PULL_MAX_LIMIT = 5000;

const protocol = z.number().int().positive();

export const LoginRequest = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Session = z.object({
  /** Opaque; send as `Authorization: Bearer <token>`. The hub keeps only its hash. */
  token: z.string(),
  expiresAt: Instant,
  agent: Agent,
  teams: z.array(Team),
  protocol,
});
export type Session = z.infer<typeof Session>;

export const PushRequest = z.object({
  protocol,
  clientId: Id,
  mutations: z.array(Mutation).min(1).max(PUSH_MAX_MUTATIONS),
});
export type PushRequest = z.infer<typeof PushRequest>;

export const PushStatus = z.enum(['applied', 'duplicate', 'rejected']);
export type PushStatus = z.infer<typeof PushStatus>;

export const PushResult = z.object({
  seq: z.number().int().positive(),
  id: Id,
  /** `duplicate`: this seq was processed before; `code`/`reason` repeat its rejection if it was one. */
  status: PushStatus,
  code: RejectionCode.optional(),
  reason: z.string().optional(),
});
export type PushResult = z.infer<typeof PushResult>;

export const PushResponse = z.object({
  /** In batch order; may cover only a prefix of the batch (see protocol.ts, "gaps"). */
  results: z.array(PushResult),
  /** Highest seq of this client the hub has processed (applied or rejected); 0 for none. */
  lastAppliedSeq: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof PushResponse>;

/** Opaque to the desk: store it, send it back. null = from the beginning (a new desk). */
export const Cursor = z.string().regex(/^\d{1,15}$/);

export const PullRequest = z.object({
  protocol,
  clientId: Id,
  cursor: Cursor.nullable(),
  limit: z.number().int().min(1).max(PULL_MAX_LIMIT).default(PULL_DEFAULT_LIMIT),
});
export type PullRequest = z.infer<typeof PullRequest>;

export const PullResponse = z.object({
  /** Apply in array order, in one transaction per page: parents come before the rows that need them. */
  changes: z.array(RowChange),
  nextCursor: Cursor,
  hasMore: z.boolean(),
  /** The hub's newest version now: progress of a first sync is how far nextCursor has come towards it. */
  headVersion: z.number().int().nonnegative(),
  /** Highest seq of the caller's client whose effects are inside this page's state; 0 for none. */
  lastMutationSeq: z.number().int().nonnegative(),
});
export type PullResponse = z.infer<typeof PullResponse>;
