import type { Browser } from 'playwright-core';
import { failed, measured, metrics, notApplicable } from '../catalog';
import { openInbox, pressAndMeasure } from '../desk';
import { profiler } from '../profile';
import type { MetricResult } from '../resultSchema';
import { summarize } from '../stats';
import { connectApi } from '../../tests/e2e/fixtures/api';

/**
 * Words an agent types into search, one keystroke at a time: each prefix is a query. ASCII only: a key the
 * US layout lacks (å, ø) reaches the page as text without a keydown, so it could not be timed; "asa" and
 * "bjorn" still go through the folding that finds Åsa and Bjørn.
 */
const WORDS = ['faktura', 'bjorn', 'adress', 'kortet', 'asa', 'sparra'];
/** A keystroke's results are painted once the page has not changed for this long after it. */
const QUIET_MS = 250;
const CAP_MS = 3000;
const SEARCHBOX_WAIT_MS = 3000;

function prefixes(keys: number): string[] {
  const typed: string[] = [];
  for (let w = 0; typed.length < keys; w++) {
    const word = WORDS[w % WORDS.length] as string;
    for (let i = 1; i <= word.length && typed.length < keys; i++) typed.push(word.slice(0, i));
  }
  return typed;
}

/**
 * Search as you type: `/` opens search, then each keystroke is timed from its keydown to the paint after the
 * page outside the box settled (probe.js settleAfterNextKey). The baseline is search.query for the same
 * prefix over the socket. Not applicable while the desk has no searchbox named "Search".
 */
export async function measureSearchTyping(
  browser: Browser,
  deskUrl: string,
  keys: number,
): Promise<MetricResult> {
  const desk = await openInbox(browser, deskUrl);
  try {
    await desk.page.keyboard.press('/');
    const box = desk.page.getByRole('searchbox', { name: 'Search' });
    try {
      await box.waitFor({ state: 'visible', timeout: SEARCHBOX_WAIT_MS });
    } catch {
      return notApplicable(
        metrics.searchTyping,
        'the desk has no searchbox named "Search" yet (search screen not landed)',
      );
    }
    await box.focus();
    const typedMs: number[] = [];
    let unchanged = 0;
    const stopProfile = await profiler.page(desk.context, desk.page);
    for (const prefix of prefixes(keys)) {
      if (prefix.length === 1) {
        await box.fill('');
        await desk.page.waitForTimeout(QUIET_MS);
      }
      const ms = await pressAndMeasure<number | null>(
        desk.page,
        `'settleAfterNextKey', ${QUIET_MS}, ${CAP_MS}`,
        prefix.at(-1) as string,
      );
      if (ms === null) unchanged++;
      else typedMs.push(ms);
    }
    await stopProfile('search-typing');
    if (typedMs.length === 0)
      return failed(metrics.searchTyping, 'no keystroke changed the results on screen');

    const api = await connectApi(deskUrl);
    const queryMs: number[] = [];
    try {
      for (const q of prefixes(keys)) {
        const start = performance.now();
        await api.call('search.query', { q, limit: 50 });
        queryMs.push(performance.now() - start);
      }
    } finally {
      api.close();
    }
    const typed = summarize(typedMs);
    const query = summarize(queryMs);
    return measured(metrics.searchTyping, {
      value: typed.p95,
      summary: typed,
      baseline: { name: 'search.query round trip over the socket, p95', value: query.p95 },
      details: {
        keystrokes: keys,
        unchanged,
        settledAfterQuietMs: QUIET_MS,
        roundTripMedianMs: query.median,
      },
    });
  } finally {
    await desk.close();
  }
}
