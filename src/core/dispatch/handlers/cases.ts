import type { Case } from '../../../shared/domain';
import { assignCase } from '../../commands/cases/assignCase';
import { markCaseUnread } from '../../commands/cases/markCaseUnread';
import { setCasePriority } from '../../commands/cases/setCasePriority';
import { setCaseStatus } from '../../commands/cases/setCaseStatus';
import { snoozeCase } from '../../commands/cases/snoozeCase';
import { getCaseDetail } from '../../queries/caseDetail';
import { countInbox, listInbox } from '../../queries/inbox';
import type { HandlerContext, HandlersFor } from '../handlerTypes';
import { announceCommand } from './announce';

function announced<R extends { case: Case }>(ctx: HandlerContext, result: R): R {
  announceCommand(ctx, { caseId: result.case.id, personId: result.case.personId });
  return result;
}

export const casesHandlers = {
  'cases.list': (args, ctx) => listInbox(ctx.db, ctx, args),
  'cases.counts': (args, ctx) => countInbox(ctx.db, ctx, args),
  'cases.get': (args, ctx) => getCaseDetail(ctx.db, ctx, args),
  'cases.setStatus': (args, ctx) => announced(ctx, setCaseStatus(ctx, args)),
  'cases.snooze': (args, ctx) => announced(ctx, snoozeCase(ctx, args)),
  'cases.setPriority': (args, ctx) => announced(ctx, setCasePriority(ctx, args)),
  'cases.markUnread': (args, ctx) => announced(ctx, markCaseUnread(ctx, args)),
  'cases.assign': (args, ctx) => announced(ctx, assignCase(ctx, args)),
} satisfies HandlersFor<
  | 'cases.list'
  | 'cases.counts'
  | 'cases.get'
  | 'cases.setStatus'
  | 'cases.snooze'
  | 'cases.setPriority'
  | 'cases.markUnread'
  | 'cases.assign'
>;
