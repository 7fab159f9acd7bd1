import { useTranslation } from 'react-i18next';
import { BacklogBucket, type GoalsReport } from '../../../shared/api';
import type { Locale } from '../../../shared/domain';
import { formatNumber } from '../../i18n/format';
import { GoalCard } from './FigureCards';

/** Open and waiting cases by age: one labelled bar per bucket, youngest first; each count is text too. */
export function BacklogCard({ backlog, locale }: { backlog: GoalsReport['backlog']; locale: Locale }) {
  const { t } = useTranslation();
  const countOf = (bucket: BacklogBucket) => backlog.find((b) => b.bucket === bucket)?.count ?? 0;
  const rows = BacklogBucket.options.map((bucket) => ({ bucket, count: countOf(bucket) }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const largest = Math.max(1, ...rows.map((row) => row.count));
  return (
    <GoalCard title={t('goals.backlog.title')} help={t('goals.backlog.help')}>
      <p className="goal-card__total">
        <span className="goal-card__value">{formatNumber(total, locale)}</span>{' '}
        <span className="goal-card__unit">{t('goals.backlog.total', { count: total })}</span>
      </p>
      <ul className="backlog">
        {rows.map(({ bucket, count }) => (
          <li key={bucket} className={`backlog__row backlog__row--${bucket}`}>
            <span className="backlog__label">{t(`goals.backlog.bucket.${bucket}`)}</span>
            <span className="backlog__track" aria-hidden="true">
              <span className="backlog__bar" style={{ width: `${(count / largest) * 100}%` }} />
            </span>
            <span className="backlog__count">{formatNumber(count, locale)}</span>
          </li>
        ))}
      </ul>
    </GoalCard>
  );
}
