/**
 * Runs `work` when the page is idle, or after `timeoutMs` at the latest; returns a function that cancels
 * it. Browsers without requestIdleCallback (Safari, in browser mode) get a plain timer instead.
 */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(work, Math.min(timeoutMs, 50));
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(work, { timeout: timeoutMs });
  return () => window.cancelIdleCallback(handle);
}
