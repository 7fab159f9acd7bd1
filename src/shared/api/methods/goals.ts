import { z } from 'zod';
import { Instant } from '../../domain';

const Duration = z.object({
  /** Milliseconds; null when nothing was measured in the window. */
  medianMs: z.number().nonnegative().nullable(),
  p90Ms: z.number().nonnegative().nullable(),
  count: z.number().int().nonnegative(),
});

export const BacklogBucket = z.enum(['under_1d', 'd1_3', 'd3_7', 'd7_30', 'over_30d']);
export type BacklogBucket = z.infer<typeof BacklogBucket>;

export const GoalsReport = z.object({
  scope: z.enum(['me', 'team']),
  days: z.number().int(),
  from: Instant,
  to: Instant,
  /** Case created → first reply or outgoing contact. */
  firstResponse: Duration,
  /** Case created → closed. */
  resolution: Duration,
  /** Promises due in the window: kept by their due time, of all that came due. */
  promisesKept: z.object({ onTime: z.number().int(), due: z.number().int(), percent: z.number().nullable() }),
  /** Open and waiting cases now, by time since created. */
  backlog: z.array(z.object({ bucket: BacklogBucket, count: z.number().int() })),
  /** Per day in the window (oldest first): for the small chart. */
  daily: z.array(
    z.object({
      day: Instant,
      created: z.number().int(),
      closed: z.number().int(),
      firstResponseMedianMs: z.number().nullable(),
    }),
  ),
});
export type GoalsReport = z.infer<typeof GoalsReport>;

export const goalsMethods = {
  'goals.get': {
    args: z.object({ scope: z.enum(['me', 'team']), days: z.union([z.literal(7), z.literal(30)]) }),
    result: GoalsReport,
  },
} as const;
