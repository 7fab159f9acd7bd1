import { z } from 'zod';
import { CaseStatus, Channel, Id, Instant } from '../../domain';

export const SearchHitKind = z.enum(['person', 'case', 'message', 'note']);
export type SearchHitKind = z.infer<typeof SearchHitKind>;

/** Marks around matched text in `snippet`, so the renderer can highlight without parsing HTML. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export const SearchHit = z.object({
  kind: SearchHitKind,
  /** The person, case or event id. */
  id: Id,
  personId: Id,
  caseId: Id.nullable(),
  title: z.string(),
  snippet: z.string(),
  at: Instant,
});
export type SearchHit = z.infer<typeof SearchHit>;

export const searchMethods = {
  'search.query': {
    args: z.object({
      q: z.string().max(500),
      limit: z.number().int().min(1).max(200).default(50),
      kinds: z.array(SearchHitKind).nullable().default(null),
      /** Filters; a person hit passes when any of their cases does. */
      channel: Channel.nullable().default(null),
      status: CaseStatus.nullable().default(null),
      since: Instant.nullable().default(null),
    }),
    result: z.object({
      hits: z.array(SearchHit),
      /** The search index is still being built (a first sync, an upgrade): some matches may be missing. */
      indexing: z.boolean(),
    }),
  },
} as const;
