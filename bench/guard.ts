import { failed, type MetricDef } from './catalog';
import type { MetricResult } from './resultSchema';
import { errorText, withTimeout } from './timeout';

/**
 * Runs one measurement with a time limit. Whatever goes wrong (an exception, a page that never loads, a
 * time-out) becomes a failed result for each of its metrics, with the reason, and the run goes on.
 */
export async function guarded(
  defs: readonly MetricDef[],
  timeoutMs: number,
  work: () => Promise<MetricResult[]>,
  log: (line: string) => void,
): Promise<MetricResult[]> {
  const label = defs.map((d) => d.name).join(', ');
  log(`measuring ${label}`);
  let results: MetricResult[];
  try {
    results = await withTimeout(work(), timeoutMs, label);
  } catch (error) {
    results = defs.map((d) => failed(d, errorText(error)));
  }
  for (const r of results) log(`  ${describe(r)}`);
  return results;
}

export function describe(r: MetricResult): string {
  const mark = r.pass === 'n/a' ? 'n/a ' : r.pass ? 'pass' : 'FAIL';
  const value = r.value === null ? (r.reason ?? '') : `${r.value} ${r.unit}`;
  const ratio = r.ratio === null ? '' : ` (${r.ratio}× ${r.baseline?.name ?? ''})`;
  return `${mark} ${r.name}: ${value}${ratio} [${r.target.text}]`;
}
