/** Summary statistics of repeated measurements. Percentiles use the nearest-rank method (no interpolation). */

export interface Summary {
  samples: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/** The value below which `p` percent of the samples fall (nearest rank); NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be from 0 to 100, got ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** The middle value; for an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError('cannot summarize no samples');
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
    sum += v;
  }
  return {
    samples: values.length,
    median: median(values),
    p95: percentile(values, 95),
    min,
    max,
    mean: sum / values.length,
  };
}

/** Rounds for the report: three significant digits are more than a noisy machine can tell apart. */
export function round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  const factor = 10 ** Math.min(digits, 6);
  return Math.round(value * factor) / factor;
}
