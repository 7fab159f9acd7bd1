import { createHash, randomBytes } from 'node:crypto';

/**
 * Session tokens and channel keys: 32 random bytes, shown once, stored only as a SHA-256 hash.
 * (A fast hash suffices here: unlike a password, a 256-bit random secret cannot be guessed.)
 */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
