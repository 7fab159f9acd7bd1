import { z } from 'zod';
import { Direction, Id, LoggableChannel, PlainText, RichText, TimelineEvent } from '../../domain';

const body = {
  bodyText: PlainText.refine((t) => t.trim().length > 0, 'text must not be empty'),
  bodyRich: RichText.nullable().default(null),
};

export const timelineMethods = {
  'notes.add': {
    args: z.object({ caseId: Id, ...body }),
    result: z.object({ event: TimelineEvent }),
  },
  'replies.send': {
    args: z.object({ caseId: Id, ...body }),
    result: z.object({ event: TimelineEvent }),
  },
  'contacts.log': {
    args: z.object({
      caseId: Id,
      channel: LoggableChannel,
      direction: Direction,
      durationSec: z
        .number()
        .int()
        .min(0)
        .max(24 * 3600)
        .nullable()
        .default(null),
      ...body,
    }),
    result: z.object({ event: TimelineEvent }),
  },
} as const;
