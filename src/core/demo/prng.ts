/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so the demo workspace is the same on every machine.
 * sfc32 passes PractRand to 2^40+ bytes and has a 128-bit state: plenty for a few million draws.
 */
export interface Rng {
  /** A uniform 32-bit unsigned integer. */
  uint32(): number;
  /** A uniform float in [0, 1). */
  float(): number;
  /** A uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks one item with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** An exponentially distributed float with the given mean. */
  exponential(mean: number): number;
  shuffle<T>(items: readonly T[]): T[];
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** `seed` may be any safe non-negative integer; its high bits are mixed in too. */
export function createRng(seed: number): Rng {
  const mix = splitmix32((seed >>> 0) ^ Math.imul(Math.floor(seed / 2 ** 32) >>> 0, 0x27d4eb2f));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();

  const uint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Warm up: the first outputs of sfc32 still echo the seed.
  for (let i = 0; i < 12; i++) uint32();

  const float = (): number => uint32() / 2 ** 32;
  const int = (min: number, max: number): number => min + Math.floor(float() * (max - min + 1));

  const rng: Rng = {
    uint32,
    float,
    int,
    chance: (probability) => float() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      let total = 0;
      for (const [, weight] of items) total += weight;
      let roll = float() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    exponential: (mean) => -Math.log(1 - float()) * mean,
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
  return rng;
}
