/** One day's counts, as the chart reads them. */
export interface ChartDay {
  day: number;
  created: number;
  closed: number;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

export interface DayColumn {
  day: number;
  /** Centre of the day's pair of bars, for its label. */
  centre: number;
  created: Bar;
  closed: Bar;
  /** Whether the day gets an axis label (a month of labels would overlap). */
  labelled: boolean;
}

export interface ChartLayout {
  /** The top of the value axis: a round number at or above the largest count. */
  max: number;
  /** Values with a grid line, bottom to top, and their y. */
  ticks: Array<{ value: number; y: number }>;
  columns: DayColumn[];
}

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The most axis labels that fit under a card-wide chart without touching. */
const MAX_LABELS = 8;
/** Space between one day's pair of bars and the next, as a share of a day's width. */
const DAY_GAP = 0.3;

/** The smallest 1, 2 or 5 times a power of ten at or above `value` (never below 1): axis tops people read at a glance. */
export function niceCeiling(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Bars for created and closed per day, side by side, scaled to a shared round maximum; empty days have no height. */
export function layoutDailyChart(days: readonly ChartDay[], plot: PlotArea): ChartLayout {
  const max = niceCeiling(Math.max(0, ...days.map((d) => Math.max(d.created, d.closed))));
  const bottom = plot.top + plot.height;
  const yOf = (value: number) => bottom - (value / max) * plot.height;
  const half = max / 2;
  const tickValues = Number.isInteger(half) ? [0, half, max] : [0, max];
  const ticks = tickValues.map((value) => ({ value, y: yOf(value) }));

  const dayWidth = days.length > 0 ? plot.width / days.length : 0;
  const barWidth = (dayWidth * (1 - DAY_GAP)) / 2;
  const labelEvery = Math.max(1, Math.ceil(days.length / MAX_LABELS));
  const bar = (x: number, value: number): Bar => ({
    x,
    y: yOf(value),
    width: barWidth,
    height: bottom - yOf(value),
    value,
  });
  const columns = days.map((d, i) => {
    const start = plot.left + i * dayWidth + (dayWidth * DAY_GAP) / 2;
    return {
      day: d.day,
      centre: start + barWidth,
      created: bar(start, d.created),
      closed: bar(start + barWidth, d.closed),
      // Count from the newest day, so today always has its label.
      labelled: (days.length - 1 - i) % labelEvery === 0,
    };
  });
  return { max, ticks, columns };
}
