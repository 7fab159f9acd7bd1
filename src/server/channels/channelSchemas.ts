import { z } from 'zod';
import { Direction, Instant } from '../../shared/domain';

/** What web forms and telephony systems post. Anything else is a 400 with the reason; nothing is stored. */

const externalId = z.string().trim().min(1).max(200).optional();
const phone = z
  .string()
  .trim()
  .min(3)
  .max(50)
  .regex(/^[+0-9 ()./-]+$/, 'a phone number holds digits, spaces and + ( ) . / - only');

export const WebformContact = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().max(320).pipe(z.email()).optional(),
    phone: phone.optional(),
    subject: z.string().trim().min(1).max(300),
    message: z.string().trim().min(1).max(100_000),
    /** The form's own submission id: a resent submission is stored once. */
    externalId,
  })
  .refine((form) => form.email !== undefined || form.phone !== undefined, {
    message: 'give an e-mail address or a phone number to answer',
    path: ['email'],
  });
export type WebformContact = z.infer<typeof WebformContact>;

export const CallLog = z.object({
  /** The caller's number (incoming) or the number called (outgoing). */
  number: phone,
  name: z.string().trim().min(1).max(200).optional(),
  direction: Direction.default('in'),
  startedAt: Instant,
  durationSec: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  /** What the call was about, from the telephony system or the agent's wrap-up. */
  summary: z.string().trim().max(100_000).default(''),
  subject: z.string().trim().min(1).max(300).optional(),
  externalId,
});
export type CallLog = z.infer<typeof CallLog>;
