import { discardDraft, loadDraft, saveDraft } from '../../commands/drafts';
import { getWorkspaceInfo } from '../../queries/workspaceInfo';
import type { HandlersFor } from '../handlerTypes';
import { localSyncStatus } from '../syncStatus';

export const workspaceHandlers = {
  'workspace.info': (_args, ctx) => getWorkspaceInfo(ctx.db, ctx),
  'drafts.save': (args, ctx) => saveDraft(ctx, args),
  'drafts.load': (args, ctx) => loadDraft(ctx, args),
  'drafts.discard': (args, ctx) => discardDraft(ctx, args),
  'prefs.get': (_args, ctx) => ctx.prefs.get(),
  'prefs.set': (args, ctx) => ctx.prefs.set(args.patch),
  'sync.status': (_args, ctx) => localSyncStatus(ctx.db),
} satisfies HandlersFor<
  | 'workspace.info'
  | 'drafts.save'
  | 'drafts.load'
  | 'drafts.discard'
  | 'prefs.get'
  | 'prefs.set'
  | 'sync.status'
>;
