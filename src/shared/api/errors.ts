import { z } from 'zod';

/** Stable error codes; anything unexpected becomes `internal` (logged, never leaked as a stack). */
export const errorCodes = [
  'bad_request',
  'unknown_method',
  'invalid_args',
  'not_found',
  'conflict',
  'offline',
  'unauthorized',
  'too_large',
  'internal',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** An expected failure: thrown by core code, turned into an error reply by the dispatcher. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
