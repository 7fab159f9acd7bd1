import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, windowPlacement } from '../../src/main/windowOptions';

describe('where the desk window opens', () => {
  it('opens at the saved place and size when there is one', () => {
    const placement = windowPlacement({ x: 40, y: 60, width: 900, height: 700, maximized: false });
    expect(placement).toMatchObject({ x: 40, y: 60, width: 900, height: 700 });
    expect(placement.center).toBeUndefined();
  });

  it('opens centred at the default size the first time', () => {
    const placement = windowPlacement(null);
    expect(placement.center).toBe(true);
    expect(placement.x).toBeUndefined();
    expect(placement.width).toBeGreaterThanOrEqual(MIN_WINDOW_WIDTH);
  });

  it('never shrinks below the size the saved-bounds schema accepts', () => {
    expect(windowPlacement(null)).toMatchObject({ minWidth: MIN_WINDOW_WIDTH, minHeight: MIN_WINDOW_HEIGHT });
  });
});
