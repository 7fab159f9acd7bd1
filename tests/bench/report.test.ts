import { describe, expect, it } from 'vitest';
import { failed, measured, metrics, notApplicable } from '../../bench/catalog';
import { longNote } from '../../bench/metrics/longNote';
import { markdownTable } from '../../bench/report';
import { summarize } from '../../bench/stats';

describe('the results table README.md shows', () => {
  it('has one row per metric with its value, baseline, ratio, target and result', () => {
    const table = markdownTable([
      measured(metrics.pageLoad, { value: 640, baseline: { name: 'hello world', value: 320 } }),
      failed(metrics.caseLong, 'the inbox never showed rows'),
      notApplicable(metrics.hubPushPglite, 'the hub has not landed yet'),
    ]);
    const rows = table.split('\n');
    expect(rows).toHaveLength(5);
    expect(rows[2]).toBe(
      '| page load → inbox interactive | 640 ms | 320 (hello world) | 2× | median ≤ 1.0 s; ≤ 2× React hello world | pass |',
    );
    expect(rows[3]).toContain('**fail**: the inbox never showed rows');
    expect(rows[4]).toContain('n/a: the hub has not landed yet');
  });

  it('shows the median beside a p95, since a busy machine moves the two apart', () => {
    const opens = summarize([
      40, 42, 44, 46, 48, 50, 52, 54, 56, 58, 60, 62, 64, 66, 68, 70, 72, 74, 76, 200,
    ]);
    const table = markdownTable([measured(metrics.caseLong, { value: opens.p95, summary: opens })]);
    expect(table.split('\n')[2]).toContain('| 76 ms (p95; median 59) |');
  });

  it('keeps a reason with a pipe in it inside its cell', () => {
    const table = markdownTable([failed(metrics.caseLong, 'errors: a | b')]);
    expect(table.split('\n')[2]).toContain('errors: a \\| b');
  });
});

describe('the note the editor metric types into', () => {
  it('holds 10,000 words in paragraphs', () => {
    const paragraphs = longNote();
    expect(paragraphs.join(' ').split(' ')).toHaveLength(10_000);
    expect(paragraphs.length).toBeGreaterThan(50);
  });
});
