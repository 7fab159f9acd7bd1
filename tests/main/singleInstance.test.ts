import { describe, expect, it, vi } from 'vitest';
import type { FocusableWindow } from '../../src/main/singleInstance';
import { claimSingleInstance } from '../../src/main/singleInstance';

function fakeApp(gotLock: boolean) {
  const listeners: (() => void)[] = [];
  return {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((_event: 'second-instance', listener: () => void) => listeners.push(listener)),
    launchAgain: () => listeners.forEach((listener) => listener()),
  };
}

function fakeWindow(minimized: boolean): FocusableWindow & Record<string, ReturnType<typeof vi.fn>> {
  return {
    isDestroyed: vi.fn(() => false),
    isMinimized: vi.fn(() => minimized),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('one desk at a time', () => {
  it('quits a second launch that does not get the lock', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('keeps running with the lock and brings its minimised window forward when launched again', () => {
    const app = fakeApp(true);
    const win = fakeWindow(true);
    expect(claimSingleInstance(app, () => win)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.launchAgain();
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.show).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
  });

  it('ignores a second launch while no window is open', () => {
    const app = fakeApp(true);
    claimSingleInstance(app, () => null);
    expect(() => app.launchAgain()).not.toThrow();
  });
});
