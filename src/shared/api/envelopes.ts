import { z } from 'zod';
import { ErrorCode } from './errors';

/** Largest request a transport accepts (bytes of JSON); a person note may hold a long Lexical state. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

export const RequestEnvelope = z.object({
  id: z.union([z.string().min(1).max(100), z.number().int()]),
  method: z.string().min(1).max(100),
  /** Optional on the wire: JSON drops `undefined`, and methods without arguments default to {}. */
  args: z.unknown().optional(),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelope>;

export const ErrorBody = z.object({ code: ErrorCode, message: z.string() });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Reply = z.discriminatedUnion('ok', [
  z.object({ id: RequestEnvelope.shape.id.nullable(), ok: z.literal(true), value: z.unknown() }),
  z.object({ id: RequestEnvelope.shape.id.nullable(), ok: z.literal(false), error: ErrorBody }),
]);
export type Reply = z.infer<typeof Reply>;

export const PushEnvelope = z.object({ event: z.string(), payload: z.unknown() });
export type PushEnvelope = z.infer<typeof PushEnvelope>;
