import { describe, expect, it } from 'vitest';
import { failed, measured, metrics, notApplicable } from '../../bench/catalog';
import type { BenchResults } from '../../bench/resultSchema';
import { checkResultFile } from '../../bench/validateResults';

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  const all = Object.values(metrics).map((m) => notApplicable(m, 'not run'));
  all[0] = measured(metrics.triageAssign, { value: 9, baseline: { name: 'raw', value: 1 } });
  all[1] = failed(metrics.triageResolve, 'crashed');
  return {
    schemaVersion: 1,
    mode: 'quick',
    startedAt: '2026-03-01T10:00:00.000Z',
    finishedAt: '2026-03-01T10:01:30.000Z',
    durationMs: 90_000,
    machine: {
      cpu: 'test cpu',
      cores: 2,
      memoryGb: 8,
      os: 'Linux',
      node: 'v20',
      chromium: null,
      loadAverage: { start: 0.5, end: 0.7 },
    },
    dataset: {
      key: 'abc',
      seed: 1,
      people: 2000,
      cases: 10_000,
      events: 100_000,
      reused: true,
      buildMs: 7000,
    },
    metrics: all,
    ...overrides,
  };
}
const text = (value: unknown) => JSON.stringify(value);
const soon = { now: new Date('2026-03-01T10:05:00.000Z') };

describe('the CI check of a result file', () => {
  it('accepts a complete file whatever its timings: missed targets and n/a are results', () => {
    const { problems } = checkResultFile(text(results()), { mode: 'quick', maxAgeMinutes: 30, ...soon });
    expect(problems).toEqual([]);
  });

  it('rejects a file that is not JSON, or is cut short', () => {
    expect(checkResultFile('{"schemaVersion": 1, "metr').problems[0]).toMatch(/not JSON/);
    const { metrics: _dropped, ...noMetrics } = results();
    expect(checkResultFile(text(noMetrics)).problems).toHaveLength(1);
  });

  it('names a metric that is missing or written twice', () => {
    const file = results();
    const [first, ...rest] = file.metrics;
    expect(checkResultFile(text({ ...file, metrics: rest })).problems).toEqual([
      `metric ${metrics.triageAssign.id} is missing`,
    ]);
    expect(checkResultFile(text({ ...file, metrics: [first, ...file.metrics] })).problems).toEqual([
      `metric ${metrics.triageAssign.id} appears 2 times`,
    ]);
  });

  it('rejects a metric that claims a pass without a value, or n/a without a reason', () => {
    const file = results();
    const broken = { ...file.metrics[2], pass: true };
    expect(
      checkResultFile(
        text({ ...file, metrics: [...file.metrics.slice(0, 2), broken, ...file.metrics.slice(3)] }),
      ).problems[0],
    ).toMatch(/passes without a value/);
    const { reason: _reason, ...noReason } = file.metrics[3] as BenchResults['metrics'][number];
    expect(
      checkResultFile(
        text({ ...file, metrics: [...file.metrics.slice(0, 3), noReason, ...file.metrics.slice(4)] }),
      ).problems[0],
    ).toMatch(/needs a reason/);
  });

  it('rejects an old file, so a crashed run cannot pass on the previous run’s results', () => {
    const late = { now: new Date('2026-03-01T12:00:00.000Z') };
    expect(checkResultFile(text(results()), { maxAgeMinutes: 30, ...late }).problems[0]).toMatch(
      /minutes ago/,
    );
  });

  it('rejects a full run where a quick run was expected', () => {
    expect(checkResultFile(text(results({ mode: 'full' })), { mode: 'quick' }).problems).toEqual([
      'the file is from a full run, a quick run was expected',
    ]);
  });
});
