import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from '../shared/domain';

export const MIN_WINDOW_WIDTH = 400;
export const MIN_WINDOW_HEIGHT = 300;
const DEFAULT_WIDTH = 1280;
const DEFAULT_HEIGHT = 800;

/** Where the desk window opens: the saved bounds (already clamped to a visible display), else centred. */
export function windowPlacement(bounds: WindowBounds | null): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? DEFAULT_WIDTH,
    height: bounds?.height ?? DEFAULT_HEIGHT,
    ...(bounds ? { x: bounds.x, y: bounds.y } : { center: true }),
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
  };
}
