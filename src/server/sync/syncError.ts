import type { SyncErrorCode } from '../../shared/sync';

/** A whole sync request failed; the HTTP layer answers with SyncErrorBody and the matching status. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}
