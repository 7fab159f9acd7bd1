import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalsReport } from '../../../shared/api';
import type { Locale } from '../../../shared/domain';
import { formatPercent, keptShare } from './goalsFormat';
import { humaniseDuration } from './humaniseDuration';

/** A card with a heading that names its region, so "First response" can be found by name. */
export function GoalCard({ title, help, children }: { title: string; help: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="goal-card" aria-labelledby={id}>
      <h2 id={id} className="goal-card__title">
        {title}
      </h2>
      <p className="goal-card__help">{help}</p>
      {children}
    </section>
  );
}

type Measure = 'firstResponse' | 'resolution';

/** Median and 90th percentile of one measured time. */
export function DurationCard({
  measure,
  duration,
  locale,
}: {
  measure: Measure;
  duration: GoalsReport['firstResponse'];
  locale: Locale;
}) {
  const { t } = useTranslation();
  const { medianMs, p90Ms, count } = duration;
  return (
    <GoalCard title={t(`goals.${measure}.title`)} help={t(`goals.${measure}.help`)}>
      {medianMs === null || count === 0 ? (
        <p className="goal-card__none">{t(`goals.${measure}.none`)}</p>
      ) : (
        <>
          <dl className="goal-card__figures">
            <div className="goal-card__figure">
              <dt>{t('goals.median')}</dt>
              <dd className="goal-card__value">{humaniseDuration(medianMs, locale)}</dd>
            </div>
            <div className="goal-card__figure">
              <dt>{t('goals.p90')}</dt>
              <dd className="goal-card__value goal-card__value--second">
                {p90Ms === null ? t('goals.noValue') : humaniseDuration(p90Ms, locale)}
              </dd>
            </div>
          </dl>
          <p className="goal-card__foot">{t(`goals.${measure}.measured`, { count })}</p>
        </>
      )}
    </GoalCard>
  );
}

/** Promises kept by their due time, of those that came due in the period. */
export function PromisesCard({ kept, locale }: { kept: GoalsReport['promisesKept']; locale: Locale }) {
  const { t } = useTranslation();
  const share = keptShare(kept.onTime, kept.due);
  return (
    <GoalCard title={t('goals.promises.title')} help={t('goals.promises.help')}>
      {share === null ? (
        <p className="goal-card__none">{t('goals.promises.none')}</p>
      ) : (
        <>
          <p className="goal-card__value">{formatPercent(share, locale)}</p>
          <div className="goal-card__meter" aria-hidden="true">
            <span style={{ width: `${share * 100}%` }} />
          </div>
          <p className="goal-card__foot">
            {t('goals.promises.kept', { onTime: kept.onTime, count: kept.due })}
          </p>
        </>
      )}
    </GoalCard>
  );
}
