import { z } from 'zod';
import {
  Agent,
  DraftMode,
  Draft,
  Id,
  Preferences,
  PreferencesPatch,
  RichText,
  PlainText,
  SavedReply,
  SyncStatus,
  Team,
  Instant,
} from '../../domain';

const empty = z.object({}).default({});

export const workspaceMethods = {
  'workspace.info': {
    args: empty,
    result: z.object({
      me: Agent,
      teams: z.array(Team),
      agents: z.array(Agent),
      isDemo: z.boolean(),
      savedReplies: z.array(SavedReply),
    }),
  },
  'drafts.save': {
    args: z.object({ caseId: Id, mode: DraftMode, content: RichText, text: PlainText }),
    result: z.object({ savedAt: Instant }),
  },
  'drafts.load': {
    args: z.object({ caseId: Id, mode: DraftMode }),
    result: z.object({ draft: Draft.nullable() }),
  },
  'drafts.discard': {
    args: z.object({ caseId: Id, mode: DraftMode }),
    result: z.object({}),
  },
  'prefs.get': { args: empty, result: Preferences },
  'prefs.set': { args: z.object({ patch: PreferencesPatch }), result: Preferences },
  'sync.status': { args: empty, result: SyncStatus },
} as const;
