import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../src/renderer/shell/whenIdle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('work put off until the page is idle', () => {
  it('waits for an idle moment where the browser has requestIdleCallback, and can be called off', () => {
    const asked: { timeout: number | undefined }[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('window', {
      requestIdleCallback: (_work: () => void, options?: { timeout?: number }) => {
        asked.push({ timeout: options?.timeout });
        return 7;
      },
      cancelIdleCallback: (handle: number) => cancelled.push(handle),
    });
    const cancel = whenIdle(() => undefined, 100);
    cancel();
    expect(asked).toEqual([{ timeout: 100 }]);
    expect(cancelled).toEqual([7]);
  });

  it('runs on a timer in a browser without it (Safari), and can be called off', () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', { setTimeout, clearTimeout });
    const done: string[] = [];
    whenIdle(() => done.push('ran'), 100);
    const cancel = whenIdle(() => done.push('called off'), 100);
    cancel();
    vi.advanceTimersByTime(100);
    expect(done).toEqual(['ran']);
  });
});
