import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowBounds } from '../../src/shared/domain';
import type { BoundsSource, Rectangle } from '../../src/main/windowBounds';
import { clampToDisplays, SAVE_BOUNDS_DELAY_MS, trackWindowBounds } from '../../src/main/windowBounds';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 870 };
const external: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };
const bounds = (x: number, y: number, width = 1000, height = 700, maximized = false): WindowBounds => ({
  x,
  y,
  width,
  height,
  maximized,
});

describe('restoring the window where it was', () => {
  it('keeps bounds that are fully on a display', () => {
    expect(clampToDisplays(bounds(100, 50), [laptop, external])).toEqual(bounds(100, 50));
    expect(clampToDisplays(bounds(2000, 300), [laptop, external])).toEqual(bounds(2000, 300));
  });

  it('forgets bounds on a display that is no longer connected', () => {
    expect(clampToDisplays(bounds(2000, 300), [laptop])).toBeNull();
  });

  it('pulls a window hanging off the edge fully onto the display it mostly shows on', () => {
    expect(clampToDisplays(bounds(1000, 500), [laptop])).toEqual(bounds(440, 170));
  });

  it('shrinks a window larger than the display it is on', () => {
    expect(clampToDisplays(bounds(0, 0, 3000, 2000, true), [laptop])).toEqual(bounds(0, 0, 1440, 870, true));
  });

  it('has nothing to restore the first time', () => {
    expect(clampToDisplays(null, [laptop])).toBeNull();
  });
});

function fakeWindow() {
  const listeners = new Map<string, () => void>();
  let normal: Rectangle = { x: 10, y: 20, width: 900, height: 600 };
  let maximized = false;
  const win: BoundsSource = {
    on: (event: string, listener: () => void) => listeners.set(event, listener),
    getNormalBounds: () => normal,
    isMaximized: () => maximized,
  };
  return {
    win,
    moveTo(next: Rectangle) {
      normal = next;
      listeners.get('move')?.();
    },
    maximize() {
      maximized = true;
      listeners.get('maximize')?.();
    },
    close: () => listeners.get('close')?.(),
  };
}

describe('remembering where the window is', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a drag settles, not on every move', () => {
    const fake = fakeWindow();
    const save = vi.fn();
    trackWindowBounds(fake.win, save);
    for (let x = 0; x < 50; x += 1) fake.moveTo({ x, y: 5, width: 900, height: 600 });
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SAVE_BOUNDS_DELAY_MS);
    expect(save.mock.calls).toEqual([[bounds(49, 5, 900, 600)]]);
  });

  it('saves the restored size with the maximized flag, so un-maximizing returns to it', () => {
    const fake = fakeWindow();
    const save = vi.fn();
    trackWindowBounds(fake.win, save);
    fake.maximize();
    vi.runAllTimers();
    expect(save).toHaveBeenLastCalledWith(bounds(10, 20, 900, 600, true));
  });

  it('saves at once when the window closes, even mid-drag', () => {
    const fake = fakeWindow();
    const save = vi.fn();
    trackWindowBounds(fake.win, save);
    fake.moveTo({ x: 300, y: 200, width: 1000, height: 700 });
    fake.close();
    expect(save.mock.calls).toEqual([[bounds(300, 200)]]);
    vi.runAllTimers();
    expect(save).toHaveBeenCalledOnce();
  });
});
