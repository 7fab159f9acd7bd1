import { describe, expect, it } from 'vitest';
import { failed, measured, meets, metricIds, metrics, notApplicable } from '../../bench/catalog';
import { MetricResult } from '../../bench/resultSchema';

describe('judging a measurement against its target', () => {
  it('passes a triage action only under 5 ms p95 and within 3× the raw write', () => {
    const ok = measured(metrics.triageNote, { value: 1.2, baseline: { name: 'raw', value: 0.5 } });
    expect(ok.pass).toBe(true);
    expect(ok.ratio).toBe(2.4);
    expect(measured(metrics.triageNote, { value: 6, baseline: { name: 'raw', value: 3 } }).pass).toBe(false);
    expect(measured(metrics.triageNote, { value: 2, baseline: { name: 'raw', value: 0.5 } }).pass).toBe(
      false,
    );
  });

  it('fails a ratio target when there was no baseline to compare with', () => {
    expect(meets(metrics.pageLoad.target, 500, null)).toBe(false);
    expect(meets(metrics.pageLoad.target, 500, 1.5)).toBe(true);
  });

  it('treats throughput targets as a floor', () => {
    expect(measured(metrics.bulkRate, { value: 60_000 }).pass).toBe(true);
    expect(measured(metrics.bulkRate, { value: 49_999 }).pass).toBe(false);
  });

  it('counts the DOM target as strictly under 2,000 elements', () => {
    expect(meets(metrics.domNodes.target, 1999, 1)).toBe(true);
    expect(meets(metrics.domNodes.target, 2000, 1)).toBe(false);
  });

  it('writes crashes as failures with a reason and unbuilt features as n/a, both valid results', () => {
    const crash = failed(metrics.caseLong, 'the inbox never showed rows');
    const later = notApplicable(metrics.searchTyping, 'no searchbox yet');
    expect(crash).toMatchObject({ pass: false, value: null, reason: 'the inbox never showed rows' });
    expect(later).toMatchObject({ pass: 'n/a', value: null });
    expect(MetricResult.safeParse(crash).success).toBe(true);
    expect(MetricResult.safeParse(later).success).toBe(true);
  });

  it('names every metric of issue 5 once', () => {
    expect(new Set(metricIds).size).toBe(metricIds.length);
    expect(metricIds).toHaveLength(19);
  });
});
