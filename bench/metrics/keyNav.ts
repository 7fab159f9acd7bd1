import type { Browser, Page } from 'playwright-core';
import { probe } from '../browser';
import { failed, measured, metrics } from '../catalog';
import { openInbox, pressAtRate } from '../desk';
import { sleep } from '../timeout';
import { profiler } from '../profile';
import type { MetricResult } from '../resultSchema';
import { summarize } from '../stats';

/** Key repeat on most systems: about 30 presses a second. */
const KEY_REPEAT_PER_SECOND = 30;
const INBOX = '[role="listbox"][aria-label="Inbox"]';

interface KeyRun {
  latencies: number[];
  unanswered: number;
  longTasks: { start: number; duration: number }[];
  slowKeydowns: { start: number; duration: number }[];
}

/** Down the list for most presses, then back up: the list scrolls and fetches pages on the way. */
export function deskKeys(presses: number): string[] {
  const down = Math.round(presses * 0.7);
  return Array.from({ length: presses }, (_, i) => (i < down ? 'j' : 'k'));
}

/** The hello list has 20 rows: up and down within them. */
function helloKeys(presses: number): string[] {
  return Array.from({ length: presses }, (_, i) => (Math.floor(i / 15) % 2 === 0 ? 'j' : 'k'));
}

async function runKeys(page: Page, keys: readonly string[]): Promise<KeyRun> {
  await probe(page, `watchKeys('${INBOX}', ['aria-activedescendant'])`);
  await pressAtRate(page, keys, KEY_REPEAT_PER_SECOND);
  // The last press's paint, and any page it fetched.
  await sleep(300);
  const run = await probe<KeyRun | null>(page, 'stopKeys()');
  if (!run) throw new Error('the key watch was lost (did the page reload?)');
  return run;
}

export interface KeyNavResult {
  metrics: MetricResult[];
  /** Elements of the big desk's inbox, per moment, for the DOM metric. */
  elements: Record<string, number>;
}

/**
 * j/k at key-repeat speed on the desk: keydown → paint after the selection moved (probe.js), long tasks
 * during the run, and the DOM size; the hello-world list is the baseline of the latency.
 */
export async function measureKeyNav(
  browser: Browser,
  deskUrl: string,
  helloUrl: string,
  presses: number,
): Promise<KeyNavResult> {
  const desk = await openInbox(browser, deskUrl);
  let deskRun: KeyRun;
  const elements: Record<string, number> = {};
  try {
    await sleep(500);
    elements.teamViewLoaded = await probe<number>(desk.page, 'elementCount()');
    const stopProfile = await profiler.page(desk.context, desk.page);
    deskRun = await runKeys(desk.page, deskKeys(presses));
    await stopProfile('jk-keys');
    elements.teamViewAfterKeys = await probe<number>(desk.page, 'elementCount()');
    // The biggest view of the desk (closed cases): virtualization must hold it at the same size.
    await desk.page.getByRole('button', { name: /^Closed/ }).click();
    await probe(desk.page, `inboxPainted(10000)`);
    await sleep(500);
    elements.closedView = await probe<number>(desk.page, 'elementCount()');
  } finally {
    await desk.close();
  }

  const hello = await openInbox(browser, helloUrl);
  let helloRun: KeyRun;
  try {
    helloRun = await runKeys(hello.page, helloKeys(presses));
  } finally {
    await hello.close();
  }

  const results: MetricResult[] = [];
  if (deskRun.latencies.length === 0) {
    results.push(failed(metrics.keyFrame, 'no j/k press moved the selection'));
  } else {
    const latency = summarize(deskRun.latencies);
    const slow = deskRun.slowKeydowns.map((e) => e.duration);
    results.push(
      measured(metrics.keyFrame, {
        value: latency.p95,
        summary: latency,
        baseline:
          helloRun.latencies.length > 0
            ? { name: 'React hello-world list, p95', value: summarize(helloRun.latencies).p95 }
            : null,
        details: {
          presses,
          unanswered: deskRun.unanswered,
          // Event Timing: keydowns whose next paint came 16 ms or more after them (8 ms granularity).
          eventTimingSlowKeydowns: slow.length,
          eventTimingMaxMs: slow.length > 0 ? Math.max(...slow) : 0,
        },
      }),
    );
  }
  const longest = deskRun.longTasks.reduce((max, t) => Math.max(max, t.duration), 0);
  results.push(
    measured(metrics.longTasks, {
      value: deskRun.longTasks.length,
      details: { longestMs: Math.round(longest), during: `${presses} j/k presses` },
    }),
  );
  return { metrics: results, elements };
}
