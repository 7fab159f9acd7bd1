import type { Browser, CDPSession } from 'playwright-core';
import { measured, metrics } from '../catalog';
import { inboxBack, openInbox, pressAndMeasure, STEP_TIMEOUT_MS } from '../desk';
import { heapGrowth, objectBytes, takeCensus, type HeapCensus } from '../heapSnapshot';
import type { MetricResult } from '../resultSchema';

const MB = 1024 * 1024;

/** The live JS heap after two full collections (one can leave garbage a finalizer freed). */
async function liveHeapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MB;
}

/**
 * `cycles` case open/close cycles (Enter, history painted, Esc, inbox back, then j or k to the next case),
 * with the heap's objects counted after the first `baselineCycles` and at the end (heap snapshots, compiled
 * code apart): a leak per case shows as growth.
 * The selection goes down and up over the first `baselineCycles` rows, so every case of that window is opened
 * again and again while the inbox's row cache (bounded, ~1 KB a row) holds the same pages throughout: walking
 * down 1,000 rows would fill ten more pages of it and count that as growth.
 */
export async function measureHeap(
  browser: Browser,
  deskUrl: string,
  cycles: number,
  baselineCycles: number,
): Promise<MetricResult> {
  const desk = await openInbox(browser, deskUrl);
  try {
    const cdp = await desk.context.newCDPSession(desk.page);
    await cdp.send('HeapProfiler.enable');
    const atStart = await liveHeapMb(cdp);
    let afterBaseline = atStart;
    let censusAtBaseline: HeapCensus | null = null;
    const started = performance.now();
    for (let cycle = 1; cycle <= cycles; cycle++) {
      await pressAndMeasure(desk.page, `'caseOpened', 1, ${STEP_TIMEOUT_MS}`, 'Enter');
      await desk.page.keyboard.press('Escape');
      await inboxBack(desk.page);
      const pass = Math.floor((cycle - 1) / (baselineCycles - 1));
      await desk.page.keyboard.press(pass % 2 === 0 ? 'j' : 'k');
      // Enter on a row whose page is still loading does nothing; wait for the row like a person would.
      await inboxBack(desk.page);
      if (cycle === baselineCycles) {
        afterBaseline = await liveHeapMb(cdp);
        censusAtBaseline = await takeCensus(cdp);
      }
    }
    const atEnd = await liveHeapMb(cdp);
    if (censusAtBaseline === null)
      throw new Error(`the heap metric needs more than ${baselineCycles} cycles`);
    const censusAtEnd = await takeCensus(cdp);
    // What grew, from heap snapshots: tells a leak of the app's objects from V8 compiling more code.
    const growth = heapGrowth(censusAtBaseline, censusAtEnd);
    const mb = (bytes: number) => Math.round((bytes / MB) * 100) / 100;
    return measured(metrics.heap, {
      value: mb(objectBytes(censusAtEnd)),
      baseline: {
        name: `objects after ${baselineCycles} cycles`,
        value: mb(objectBytes(censusAtBaseline)),
      },
      details: {
        cycles,
        distinctCases: baselineCycles,
        atStartMb: Math.round(atStart * 10) / 10,
        // The whole live heap, compiled code included (Runtime.getHeapUsage).
        wholeHeapAfterBaselineMb: Math.round(afterBaseline * 10) / 10,
        wholeHeapAtEndMb: Math.round(atEnd * 10) / 10,
        secondsForCycles: Math.round((performance.now() - started) / 100) / 10,
        growthSinceBaseline: growth,
      },
    });
  } finally {
    await desk.close();
  }
}
