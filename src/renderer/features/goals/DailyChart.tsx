import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalsReport } from '../../../shared/api';
import type { Locale } from '../../../shared/domain';
import { formatNumber } from '../../i18n/format';
import { layoutDailyChart } from './chartScale';
import { GoalCard } from './FigureCards';
import { formatDay } from './goalsFormat';
import { humaniseDuration } from './humaniseDuration';

// The drawing's own units; the SVG scales to the card's width.
const WIDTH = 640;
const HEIGHT = 170;
// Room on the left for the axis values and on the right for half of the newest day's label.
const PLOT = { left: 36, top: 8, width: WIDTH - 36 - 28, height: HEIGHT - 34 };

/**
 * Cases created and closed per day as paired bars, with the same numbers in a table under it:
 * a chart alone would shut out anyone who cannot see it.
 */
export function DailyChart({ report, locale }: { report: GoalsReport; locale: Locale }) {
  const { t } = useTranslation();
  const descriptionId = useId();
  const layout = layoutDailyChart(report.daily, PLOT);
  const range = { from: formatDay(report.from, locale), to: formatDay(report.to, locale) };
  const baseline = PLOT.top + PLOT.height;

  return (
    <GoalCard title={t('goals.daily.title')} help={t('goals.range', range)}>
      <figure className="daily-chart">
        <svg
          className="daily-chart__svg"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={descriptionId}
        >
          <title id={descriptionId}>{t('goals.daily.chart', range)}</title>
          {layout.ticks.map((tick) => (
            <g key={tick.value}>
              <line
                className="daily-chart__grid"
                x1={PLOT.left}
                x2={PLOT.left + PLOT.width}
                y1={tick.y}
                y2={tick.y}
              />
              <text className="daily-chart__axis" x={PLOT.left - 6} y={tick.y + 4} textAnchor="end">
                {formatNumber(tick.value, locale)}
              </text>
            </g>
          ))}
          {layout.columns.map((column) => (
            <g key={column.day}>
              <rect className="daily-chart__created" {...barRect(column.created)} />
              <rect className="daily-chart__closed" {...barRect(column.closed)} />
              {column.labelled && (
                <text className="daily-chart__axis" x={column.centre} y={baseline + 18} textAnchor="middle">
                  {formatDay(column.day, locale)}
                </text>
              )}
            </g>
          ))}
        </svg>
        <figcaption className="daily-chart__legend">
          <span className="daily-chart__key daily-chart__key--created">{t('goals.daily.created')}</span>
          <span className="daily-chart__key daily-chart__key--closed">{t('goals.daily.closed')}</span>
        </figcaption>
      </figure>
      <details className="daily-chart__numbers">
        <summary>{t('goals.daily.showTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('goals.daily.day')}</th>
              <th scope="col">{t('goals.daily.created')}</th>
              <th scope="col">{t('goals.daily.closed')}</th>
              <th scope="col">{t('goals.daily.firstResponse')}</th>
            </tr>
          </thead>
          <tbody>
            {report.daily.map((day) => (
              <tr key={day.day}>
                <th scope="row">{formatDay(day.day, locale)}</th>
                <td>{formatNumber(day.created, locale)}</td>
                <td>{formatNumber(day.closed, locale)}</td>
                <td>
                  {day.firstResponseMedianMs === null
                    ? t('goals.noValue')
                    : humaniseDuration(day.firstResponseMedianMs, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </GoalCard>
  );
}

/** A zero count still shows a hairline on the baseline, so an empty day reads as zero, not as missing. */
function barRect(bar: { x: number; y: number; width: number; height: number }) {
  const height = Math.max(bar.height, 1);
  return { x: bar.x, y: bar.y + bar.height - height, width: bar.width, height };
}
