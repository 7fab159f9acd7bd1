import type { Rng } from './prng';

const hex = (value: number, digits: number): string => value.toString(16).padStart(digits, '0');

/**
 * A UUIDv7 (RFC 9562) whose 48-bit timestamp is `ms` and whose 74 random bits come from `rng`,
 * so demo ids are time-ordered like real ones yet identical for the same seed.
 */
export function seededUuidV7(rng: Rng, ms: number): string {
  if (!Number.isSafeInteger(ms) || ms < 0 || ms >= 2 ** 48)
    throw new RangeError(`bad UUIDv7 timestamp ${ms}`);
  const time = hex(ms, 12);
  const a = rng.uint32();
  const b = rng.uint32();
  const c = rng.uint32();
  const randA = a & 0xfff;
  // Variant 0b10 in the top two bits, then 14 random bits.
  const variantAndRand = 0x8000 | ((a >>> 12) & 0x3fff);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(randA, 3)}-${hex(variantAndRand, 4)}-${hex(b, 8)}${hex(c & 0xffff, 4)}`;
}
