import { describe, expect, it } from 'vitest';
import { Id } from '../../../src/shared/domain';
import { createRng } from '../../../src/core/demo/prng';
import { seededUuidV7 } from '../../../src/core/demo/seededUuidV7';

const draw = (seed: number, count: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.uint32());
};

describe('the seeded random stream', () => {
  it('repeats itself for the same seed and differs for another', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
    expect(draw(42, 50)).not.toEqual(draw(43, 50));
    expect(draw(2 ** 32 + 42, 50)).not.toEqual(draw(42, 50));
  });

  it('keeps whole numbers inside their bounds and reaches both ends', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 9));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('picks by weight', () => {
    const rng = createRng(1);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        rng.weighted([
          ['a', 9],
          ['b', 1],
        ] as const) === 'a'
      )
        heavy++;
    expect(heavy / 10_000).toBeGreaterThan(0.85);
    expect(heavy / 10_000).toBeLessThan(0.95);
  });
});

describe('seeded UUIDv7 ids', () => {
  it('are valid version-7 UUIDs carrying the given time', () => {
    const rng = createRng(3);
    const ms = Date.UTC(2025, 4, 17, 12, 0, 0, 123);
    const id = seededUuidV7(rng, ms);
    expect(Id.safeParse(id).success).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
  });

  it('sort by time and repeat for the same seed', () => {
    const a = createRng(5);
    const b = createRng(5);
    const early = seededUuidV7(a, 1_700_000_000_000);
    const late = seededUuidV7(a, 1_700_000_000_001);
    expect(early < late).toBe(true);
    expect(seededUuidV7(b, 1_700_000_000_000)).toBe(early);
  });
});
