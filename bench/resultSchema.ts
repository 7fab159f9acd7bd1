import { z } from 'zod';

/**
 * The shape of bench/results/latest.json. CI checks a quick run's file against it (bench/check-results.ts):
 * a broken or missing file fails the build, a missed target never does.
 */

export const Target = z
  .object({
    /** The value must be at most this (latency, memory, counts). */
    max: z.number().optional(),
    /** The value must be at least this (throughput). */
    min: z.number().optional(),
    /** value / baseline must be at most this. */
    maxRatio: z.number().optional(),
    /** The target as a person reads it, e.g. "p95 ≤ 5 ms, ≤ 3× raw insert". */
    text: z.string().min(1),
  })
  .strict();
export type Target = z.infer<typeof Target>;

export const Summary = z
  .object({
    samples: z.number().int().positive(),
    median: z.number(),
    p95: z.number(),
    min: z.number(),
    max: z.number(),
    mean: z.number(),
  })
  .strict();

export const Baseline = z.object({ name: z.string().min(1), value: z.number() }).strict();

export const MetricGroup = z.enum(['core', 'browser', 'hub']);
/** Which figure of the samples `value` is. */
export const Statistic = z.enum(['median', 'p95', 'max', 'count', 'rate', 'last']);

export const MetricResult = z
  .object({
    id: z.string().regex(/^(core|browser|hub)\.[a-zA-Z0-9.]+$/),
    name: z.string().min(1),
    group: MetricGroup,
    statistic: Statistic,
    value: z.number().nullable(),
    unit: z.string().min(1),
    baseline: Baseline.nullable(),
    ratio: z.number().nullable(),
    target: Target,
    /** 'n/a' when what it measures has not landed yet (the reason says what is missing). */
    pass: z.union([z.boolean(), z.literal('n/a')]),
    /** Why it is n/a, or why it failed without a value (crash, time-out). */
    reason: z.string().min(1).optional(),
    summary: Summary.nullable(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .superRefine((metric, ctx) => {
    if (metric.pass === 'n/a' && metric.reason === undefined) {
      ctx.addIssue({ code: 'custom', message: `${metric.id}: an n/a metric needs a reason` });
    }
    if (metric.value === null && metric.pass === true) {
      ctx.addIssue({ code: 'custom', message: `${metric.id}: passes without a value` });
    }
    if (metric.value === null && metric.pass === false && metric.reason === undefined) {
      ctx.addIssue({ code: 'custom', message: `${metric.id}: failed without a value or a reason` });
    }
    if (metric.ratio !== null && metric.baseline === null) {
      ctx.addIssue({ code: 'custom', message: `${metric.id}: a ratio needs its baseline` });
    }
  });
export type MetricResult = z.infer<typeof MetricResult>;

export const Machine = z
  .object({
    cpu: z.string(),
    cores: z.number().int().positive(),
    memoryGb: z.number().positive(),
    os: z.string(),
    node: z.string(),
    chromium: z.string().nullable(),
    /** 1-minute load average when the run started and ended: other work on the machine skews every timing. */
    loadAverage: z.object({ start: z.number().nonnegative(), end: z.number().nonnegative() }).strict(),
  })
  .strict();
export type Machine = z.infer<typeof Machine>;

export const DatasetInfo = z
  .object({
    key: z.string(),
    seed: z.number().int(),
    people: z.number().int(),
    cases: z.number().int(),
    events: z.number().int(),
    /** False when this run built it (buildMs then says how long that took). */
    reused: z.boolean(),
    buildMs: z.number(),
  })
  .strict();

export const BenchResults = z
  .object({
    schemaVersion: z.literal(1),
    mode: z.enum(['full', 'quick']),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime(),
    durationMs: z.number().nonnegative(),
    machine: Machine,
    dataset: DatasetInfo,
    metrics: z.array(MetricResult).min(1),
  })
  .strict();
export type BenchResults = z.infer<typeof BenchResults>;
