import type { RejectionCode } from '../../../shared/sync';

/** A mutation that can never apply: rejected for good, with a reason the agent reads. */
export class Rejection extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
    this.name = 'Rejection';
  }
}
