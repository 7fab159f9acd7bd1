import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newProbedPage, probe } from './browser';
import { errorText, sleep } from './timeout';

/** How long a page may take to show its inbox before the metric is a failure (a renderer that never loads). */
export const LOAD_TIMEOUT_MS = 30_000;
/** How long one interaction may take to show its result. */
export const STEP_TIMEOUT_MS = 10_000;

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** ms from navigation start to the paint of inbox rows with one selected. */
  rowsPaintedMs: number;
  /** Uncaught errors and console errors of the page. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens `url` in a fresh context and waits for inbox rows to be painted. A page that fails to show them in
 * LOAD_TIMEOUT_MS is an error naming what the page reported, never a hang.
 */
export async function openInbox(
  browser: Browser,
  url: string,
  beforeLoad?: (context: BrowserContext, page: Page) => Promise<void>,
): Promise<OpenPage> {
  const { context, page } = await newProbedPage(browser);
  await beforeLoad?.(context, page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const close = () => context.close().catch(() => undefined);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    const rowsPaintedMs = await probe<number>(page, `inboxPainted(${LOAD_TIMEOUT_MS})`);
    return { context, page, rowsPaintedMs, errors, close };
  } catch (error) {
    await close();
    const reported = errors.length > 0 ? `; the page reported: ${errors.slice(0, 3).join(' | ')}` : '';
    throw new Error(`the inbox never showed rows (${errorText(error)})${reported}`);
  }
}

/**
 * Arms a probe measurement, presses `key` (a real keydown through the DevTools protocol), and returns what
 * the probe measured from that keydown.
 */
export async function pressAndMeasure<T>(page: Page, armCall: string, key: string): Promise<T> {
  await probe(page, `arm(${armCall})`);
  await page.keyboard.press(key);
  return probe<T>(page, 'armed');
}

/** Waits until the inbox is back (after Esc from a case). */
export async function inboxBack(page: Page): Promise<void> {
  await probe(page, `inboxPainted(${STEP_TIMEOUT_MS})`);
}

/** Presses `keys` one after another at `perSecond` (key-repeat speed), whatever each press costs. */
export async function pressAtRate(page: Page, keys: readonly string[], perSecond: number): Promise<void> {
  const interval = 1000 / perSecond;
  const start = performance.now();
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key);
    const due = start + (i + 1) * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
  }
}
