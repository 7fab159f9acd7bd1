import type { WindowBounds } from '../shared/domain';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from './windowOptions';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A saved window must show at least this much of itself on some display, or it opens at the default place. */
const MIN_VISIBLE_PX = 80;

function overlap(a: Rectangle, b: Rectangle): Rectangle {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x);
  const height = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y);
  return { x, y, width, height };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Places saved bounds on the display (work area) they overlap most, shrunk and moved to fit entirely;
 * null when they are no longer visible (a monitor was unplugged), so the window opens centred instead.
 */
export function clampToDisplays(saved: WindowBounds | null, workAreas: Rectangle[]): WindowBounds | null {
  if (!saved) return null;
  let best: { area: Rectangle; visible: Rectangle } | null = null;
  for (const area of workAreas) {
    const visible = overlap(saved, area);
    if (!best || visible.width * visible.height > best.visible.width * best.visible.height)
      best = { area, visible };
  }
  if (!best || best.visible.width < MIN_VISIBLE_PX || best.visible.height < MIN_VISIBLE_PX) return null;
  const { area } = best;
  const width = clamp(saved.width, MIN_WINDOW_WIDTH, area.width);
  const height = clamp(saved.height, MIN_WINDOW_HEIGHT, area.height);
  return {
    x: Math.round(clamp(saved.x, area.x, area.x + area.width - width)),
    y: Math.round(clamp(saved.y, area.y, area.y + area.height - height)),
    width: Math.round(width),
    height: Math.round(height),
    maximized: saved.maximized,
  };
}

/** The part of BrowserWindow that bounds tracking needs (a fake in tests). */
export interface BoundsSource {
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'maximize', listener: () => void): unknown;
  on(event: 'unmaximize', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/** Window moves and resizes arrive dozens of times a second while dragging; save once it settles. */
export const SAVE_BOUNDS_DELAY_MS = 500;

/** Saves the window's restored (not maximized) bounds plus the maximized flag, debounced, and once more on close. */
export function trackWindowBounds(
  win: BoundsSource,
  save: (bounds: WindowBounds) => void,
  delayMs = SAVE_BOUNDS_DELAY_MS,
): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const saveNow = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    const { x, y, width, height } = win.getNormalBounds();
    save({
      x: Math.round(x),
      y: Math.round(y),
      width: Math.max(MIN_WINDOW_WIDTH, Math.round(width)),
      height: Math.max(MIN_WINDOW_HEIGHT, Math.round(height)),
      maximized: win.isMaximized(),
    });
  };
  const saveSoon = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', saveNow);
}
