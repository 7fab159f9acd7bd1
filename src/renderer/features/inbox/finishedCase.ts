/**
 * The case the agent just finished in the case screen (resolved or snoozed it), so the inbox they return
 * to selects the case after it — mail-client triage. Held outside React: the case screen unmounts as the
 * inbox mounts, and the app that keeps the inbox's place is not a party to it.
 */
let finished: string | null = null;

export function rememberFinishedCase(caseId: string): void {
  finished = caseId;
}

/** The finished case, if any; it is forgotten once read, so a later visit to the inbox does not skip a row. */
export function takeFinishedCase(): string | null {
  const caseId = finished;
  finished = null;
  return caseId;
}
