import { z } from 'zod';

/**
 * Why a whole sync request failed. The desk decides from `retryable` alone: true means "same
 * request later, with backoff" (the hub is busy or down); false means retrying cannot help:
 * log in again (`unauthorized`), or the request itself is wrong.
 */
export const syncErrorCodes = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'version_mismatch',
  'too_large',
  'unavailable',
  'internal',
] as const;
export const SyncErrorCode = z.enum(syncErrorCodes);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

const retryableCodes: ReadonlySet<SyncErrorCode> = new Set(['unavailable', 'internal']);

export function isRetryable(code: SyncErrorCode): boolean {
  return retryableCodes.has(code);
}

/** HTTP status the hub answers each code with. */
export const syncErrorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  version_mismatch: 409,
  too_large: 413,
  unavailable: 503,
  internal: 500,
} as const satisfies Record<SyncErrorCode, number>;

export const SyncErrorBody = z.object({
  error: z.object({ code: SyncErrorCode, message: z.string(), retryable: z.boolean() }),
});
export type SyncErrorBody = z.infer<typeof SyncErrorBody>;

/**
 * Why one mutation was rejected for good; it is shown to the agent and the queue moves on.
 * `hub_error`: the hub failed on it in a way retrying cannot fix (a hub bug, logged there).
 */
export const rejectionCodes = [
  'unknown_command',
  'invalid_args',
  'not_found',
  'forbidden',
  'conflict',
  'hub_error',
] as const;
export const RejectionCode = z.enum(rejectionCodes);
export type RejectionCode = z.infer<typeof RejectionCode>;
