import { ApiError } from '../../../shared/api';
import type { DeskSync } from '../../sync/deskSync';
import { attachedSync } from '../../sync/registry';
import type { HandlerContext, HandlersFor } from '../handlerTypes';
import { localSyncStatus } from '../syncStatus';

/** Hosts open the store with openCore, which attaches a sync client; a bare store cannot reach a hub. */
function syncOf(ctx: HandlerContext): DeskSync {
  const sync = attachedSync(ctx.db);
  if (sync === null) throw new ApiError('offline', 'This desk was started without a way to reach a hub.');
  return sync;
}

export const syncHandlers = {
  'sync.account': (_args, ctx) => ({ account: attachedSync(ctx.db)?.account() ?? null }),
  'sync.connect': (args, ctx) => syncOf(ctx).connect(args),
  'sync.disconnect': (_args, ctx) => attachedSync(ctx.db)?.disconnect() ?? localSyncStatus(ctx.db),
  'sync.now': (_args, ctx) => attachedSync(ctx.db)?.syncNow() ?? localSyncStatus(ctx.db),
  'sync.rejections': (_args, ctx) => ({ rejections: attachedSync(ctx.db)?.rejections() ?? [] }),
  'sync.dismissRejection': (args, ctx) => {
    syncOf(ctx).dismissRejection(args.seq);
    return {};
  },
} satisfies HandlersFor<
  | 'sync.account'
  | 'sync.connect'
  | 'sync.disconnect'
  | 'sync.now'
  | 'sync.rejections'
  | 'sync.dismissRejection'
>;
