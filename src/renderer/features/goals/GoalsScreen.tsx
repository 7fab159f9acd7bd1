import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Args } from '../../../shared/api';
import { useQuery } from '../../api/useQuery';
import { useKeyAction } from '../../keyboard/KeyboardProvider';
import { useNavigation } from '../../shell/Navigation';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { BacklogCard } from './BacklogCard';
import { DailyChart } from './DailyChart';
import { DurationCard, PromisesCard } from './FigureCards';
import { formatDay } from './goalsFormat';
import { Segmented } from './Segmented';
import './goals.css';

type Scope = Args<'goals.get'>['scope'];
type Days = Args<'goals.get'>['days'];

/** The desk's own measure of how the team (or I) answer, resolve, keep promises and carry a backlog. */
export function GoalsScreen() {
  const { t } = useTranslation();
  const { locale } = useWorkspace();
  const { back } = useNavigation();
  const [scope, setScope] = useState<Scope>('team');
  const [days, setDays] = useState<Days>(7);
  const query = useQuery('goals.get', { scope, days }, { refetchOn: ['case.changed', 'cases.invalidated'] });
  const report = query.data;

  const headingRef = useRef<HTMLHeadingElement>(null);

  useKeyAction('nav.back', back);
  // Arriving on a screen puts focus at its top, so a screen reader announces where the agent is.
  useLayoutEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="goals" aria-labelledby="goals-heading" aria-busy={query.loading}>
      <div className="goals__toolbar">
        <h1 id="goals-heading" ref={headingRef} className="goals__heading" tabIndex={-1}>
          {t('goals.heading')}
        </h1>
        <Segmented<Scope>
          legend={t('goals.scope')}
          choices={[
            { value: 'team', label: t('goals.team') },
            { value: 'me', label: t('goals.me') },
          ]}
          value={scope}
          onChange={setScope}
        />
        <Segmented<Days>
          legend={t('goals.period')}
          choices={[
            { value: 7, label: t('goals.days', { count: 7 }) },
            { value: 30, label: t('goals.days', { count: 30 }) },
          ]}
          value={days}
          onChange={setDays}
        />
        {report && (
          <span className="goals__range">
            {t('goals.range', { from: formatDay(report.from, locale), to: formatDay(report.to, locale) })}
          </span>
        )}
      </div>
      {!report && query.error && (
        <p className="goals__message" role="alert">
          {t('goals.loadFailed')}
        </p>
      )}
      {!report && !query.error && <p className="goals__message">{t('goals.loading')}</p>}
      {report && (
        <div className="goals__grid">
          <DurationCard measure="firstResponse" duration={report.firstResponse} locale={locale} />
          <DurationCard measure="resolution" duration={report.resolution} locale={locale} />
          <PromisesCard kept={report.promisesKept} locale={locale} />
          <BacklogCard backlog={report.backlog} locale={locale} />
          <DailyChart report={report} locale={locale} />
        </div>
      )}
    </section>
  );
}
