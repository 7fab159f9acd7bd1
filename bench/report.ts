import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { BenchResults, Machine, MetricResult } from './resultSchema';

/** The 1-minute load average now. */
export const loadNow = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

export function describeMachine(chromium: string | null, loadAtStart: number): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length || 1,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium,
    loadAverage: { start: loadAtStart, end: loadNow() },
  };
}

const number = (value: number): string => value.toLocaleString('en-GB', { maximumFractionDigits: 3 });

/** The judged figure, with the other one of median/p95 beside it: on a busy machine the two tell different stories. */
function valueCell(m: MetricResult): string {
  if (m.value === null) return '—';
  const value = `${number(m.value)} ${m.unit}`;
  if (m.statistic === 'p95' && m.summary) return `${value} (p95; median ${number(m.summary.median)})`;
  if (m.statistic === 'median' && m.summary) return `${value} (median; p95 ${number(m.summary.p95)})`;
  if (m.statistic === 'max') return `${value} (max)`;
  return value;
}

function resultCell(m: MetricResult): string {
  if (m.pass === 'n/a') return `n/a: ${m.reason ?? ''}`;
  if (m.pass) return 'pass';
  return m.reason ? `**fail**: ${m.reason}` : '**fail**';
}

const escapeCell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The table README.md shows: one row per metric, with its baseline, ratio, target and result. */
export function markdownTable(metrics: readonly MetricResult[]): string {
  const rows = metrics.map((m) =>
    [
      m.name,
      valueCell(m),
      m.baseline ? `${number(m.baseline.value)} (${m.baseline.name})` : '—',
      m.ratio === null ? '—' : `${number(m.ratio)}×`,
      m.target.text,
      resultCell(m),
    ]
      .map(escapeCell)
      .join(' | '),
  );
  return [
    '| metric | value | baseline | ratio | target | result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

export function markdownReport(results: BenchResults): string {
  const { machine, dataset } = results;
  const passed = results.metrics.filter((m) => m.pass === true).length;
  const failedCount = results.metrics.filter((m) => m.pass === false).length;
  const na = results.metrics.filter((m) => m.pass === 'n/a').length;
  return [
    `# Nära benchmark (${results.mode} run)`,
    '',
    `- date: ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC (${Math.round(results.durationMs / 1000)} s)`,
    `- machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}`,
    `- node ${machine.node}, Chromium ${machine.chromium ?? 'not started'}; load average ${machine.loadAverage.start} ` +
      `at the start, ${machine.loadAverage.end} at the end (${machine.cores} cores)`,
    `- dataset: ${number(dataset.people)} people, ${number(dataset.cases)} cases, ${number(dataset.events)} events ` +
      `(seed ${dataset.seed}, generator ${dataset.key}, ${dataset.reused ? 'cached' : `built in ${Math.round(dataset.buildMs / 1000)} s`})`,
    `- ${passed} pass, ${failedCount} fail, ${na} not applicable yet`,
    '',
    markdownTable(results.metrics),
    '',
    'Every ratio is value ÷ baseline, both measured in the same run. Details per metric: bench/results/latest.json.',
    '',
  ].join('\n');
}
