import type { Browser } from 'playwright-core';
import { measured, metrics } from '../catalog';
import { openInbox, pressAndMeasure, STEP_TIMEOUT_MS } from '../desk';
import type { MetricResult } from '../resultSchema';
import { profiler } from '../profile';
import { median, summarize } from '../stats';

interface Load {
  rowsPaintedMs: number;
  /** Navigation start to the paint after the first `j` moved the selection. */
  interactiveMs: number;
}

/** One cold load in a fresh context: rows painted, then `j` pressed and the moved selection painted. */
async function loadOnce(browser: Browser, url: string, profileAs?: string): Promise<Load> {
  const profile: { stop?: (label: string) => Promise<void> } = {};
  const opened = await openInbox(browser, url, async (context, page) => {
    if (profileAs) profile.stop = await profiler.page(context, page);
  });
  try {
    const moved = await pressAndMeasure<{ input: number; painted: number }>(
      opened.page,
      `'selectionMoved', ${STEP_TIMEOUT_MS}`,
      'j',
    );
    if (profileAs) await profile.stop?.(profileAs);
    return { rowsPaintedMs: opened.rowsPaintedMs, interactiveMs: moved.painted };
  } finally {
    await opened.close();
  }
}

/**
 * Page load → inbox interactive on the desk, against the React hello-world page served the same way; the
 * two alternate so both see the same machine. One untimed load of each goes first (process and file caches).
 */
export async function measurePageLoad(
  browser: Browser,
  deskUrl: string,
  helloUrl: string,
  reps: number,
  jsKb: { renderer: number; hello: number },
): Promise<MetricResult> {
  await loadOnce(browser, deskUrl);
  await loadOnce(browser, helloUrl);
  const desk: Load[] = [];
  const hello: Load[] = [];
  for (let i = 0; i < reps; i++) {
    desk.push(await loadOnce(browser, deskUrl, i === 0 ? 'page-load' : undefined));
    hello.push(await loadOnce(browser, helloUrl));
  }
  const interactive = summarize(desk.map((l) => l.interactiveMs));
  return measured(metrics.pageLoad, {
    value: interactive.median,
    summary: interactive,
    baseline: {
      name: 'React hello world (list + j), median',
      value: median(hello.map((l) => l.interactiveMs)),
    },
    details: {
      rowsPaintedMedianMs: median(desk.map((l) => l.rowsPaintedMs)),
      helloRowsPaintedMedianMs: median(hello.map((l) => l.rowsPaintedMs)),
      javascriptKb: jsKb,
    },
  });
}
