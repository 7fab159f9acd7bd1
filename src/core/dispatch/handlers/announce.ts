import type { HandlerContext } from '../handlerTypes';
import { localSyncStatus } from '../syncStatus';

/**
 * After a command: views showing the case or its person refetch, and the Sync status shows one more
 * change waiting. Every command touches the person too (their timeline, cases and promises).
 */
export function announceCommand(ctx: HandlerContext, target: { caseId: string; personId: string }): void {
  ctx.push('case.changed', { caseId: target.caseId });
  ctx.push('person.changed', { personId: target.personId });
  ctx.push('sync.status', localSyncStatus(ctx.db));
}
