import { whenIdle } from './whenIdle';

/** How long without a key press or click counts as a pause. */
const PAUSE_MS = 1_000;

/**
 * Runs `work` once the agent has paused (no key press or click for PAUSE_MS) and the page is idle:
 * for work that would otherwise land as a task in the middle of j/k at key-repeat speed, like
 * evaluating the lazily loaded screens. Returns a function that cancels it.
 */
export function whenPaused(work: () => void): () => void {
  let lastInput = performance.now();
  let timer: number | undefined;
  let cancelIdle: (() => void) | undefined;
  const onInput = () => {
    lastInput = performance.now();
  };
  const options = { capture: true, passive: true } as const;
  const stopListening = () => {
    document.removeEventListener('keydown', onInput, options);
    document.removeEventListener('pointerdown', onInput, options);
  };
  const check = () => {
    const quiet = performance.now() - lastInput;
    if (quiet < PAUSE_MS) {
      timer = window.setTimeout(check, PAUSE_MS - quiet);
      return;
    }
    cancelIdle = whenIdle(() => {
      if (performance.now() - lastInput < PAUSE_MS) return check();
      stopListening();
      work();
    }, PAUSE_MS);
  };
  document.addEventListener('keydown', onInput, options);
  document.addEventListener('pointerdown', onInput, options);
  timer = window.setTimeout(check, PAUSE_MS);
  return () => {
    stopListening();
    window.clearTimeout(timer);
    cancelIdle?.();
  };
}
