import { describe, expect, it } from 'vitest';
import { layoutDailyChart, niceCeiling } from '../../../src/renderer/features/goals/chartScale';

const plot = { left: 40, top: 10, width: 600, height: 100 };
const day = (i: number, created: number, closed: number) => ({ day: i * 86_400_000, created, closed });

describe('the daily chart’s scale', () => {
  it('tops the axis at a round number at or above the busiest day', () => {
    expect([0, 1, 3, 7, 10, 11, 38, 120, 999].map(niceCeiling)).toEqual([1, 1, 5, 10, 10, 20, 50, 200, 1000]);
  });

  it('draws a count in proportion to the axis top, from the baseline up', () => {
    const layout = layoutDailyChart([day(0, 8, 2), day(1, 4, 0)], plot);
    expect(layout.max).toBe(10);
    const [first, second] = layout.columns;
    expect(first!.created.height).toBeCloseTo(80);
    expect(first!.created.y + first!.created.height).toBeCloseTo(110);
    expect(first!.closed.height).toBeCloseTo(20);
    expect(second!.closed.height).toBe(0);
  });

  it('keeps every bar inside the plot, side by side, in day order', () => {
    const days = Array.from({ length: 30 }, (_, i) => day(i, i % 7, (i * 3) % 5));
    const layout = layoutDailyChart(days, plot);
    let previousEnd = plot.left;
    for (const column of layout.columns) {
      expect(column.created.x).toBeGreaterThanOrEqual(previousEnd);
      expect(column.closed.x).toBeCloseTo(column.created.x + column.created.width);
      previousEnd = column.closed.x + column.closed.width;
      expect(column.created.y).toBeGreaterThanOrEqual(plot.top);
    }
    expect(previousEnd).toBeLessThanOrEqual(plot.left + plot.width);
  });

  it('draws a period with nothing in it flat, without dividing by zero', () => {
    const layout = layoutDailyChart([day(0, 0, 0), day(1, 0, 0)], plot);
    expect(layout.max).toBe(1);
    for (const column of layout.columns) {
      expect(column.created.height).toBe(0);
      expect(Number.isFinite(column.created.y)).toBe(true);
    }
    expect(layoutDailyChart([], plot).columns).toEqual([]);
  });

  it('labels every day of a week but only some days of a month, always the newest', () => {
    const week = layoutDailyChart(
      Array.from({ length: 7 }, (_, i) => day(i, 1, 1)),
      plot,
    );
    expect(week.columns.every((c) => c.labelled)).toBe(true);
    const month = layoutDailyChart(
      Array.from({ length: 30 }, (_, i) => day(i, 1, 1)),
      plot,
    );
    const labelled = month.columns.filter((c) => c.labelled);
    expect(labelled.length).toBeLessThanOrEqual(8);
    expect(month.columns.at(-1)!.labelled).toBe(true);
  });

  it('draws grid lines at zero, half and the top when half is a whole number', () => {
    expect(layoutDailyChart([day(0, 7, 3)], plot).ticks.map((t) => t.value)).toEqual([0, 5, 10]);
    expect(layoutDailyChart([day(0, 1, 0)], plot).ticks.map((t) => t.value)).toEqual([0, 1]);
  });
});
