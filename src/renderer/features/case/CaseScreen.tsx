import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { useKeyAction } from '../../keyboard/KeyboardProvider';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { useNow } from '../../ui/NowProvider';
import { CaseHeader } from './CaseHeader';
import { describeEvent } from './describeEvent';
import { TimelineItem } from './TimelineItem';
import './case.css';

/** How close to the bottom (px) still counts as "reading the newest", so new events keep it in view. */
const STICK_TO_BOTTOM_PX = 48;

/** One case: its header and its whole history, newest last. Esc goes back to the inbox. */
export function CaseScreen({ caseId, onBack }: { caseId: string; onBack(): void }) {
  const { t } = useTranslation();
  const { agentsById, locale } = useWorkspace();
  const now = useNow();
  const query = useQuery(
    'cases.get',
    { caseId },
    { refetchOn: ['case.changed', 'cases.invalidated'], caseId },
  );
  const data = query.data?.case.id === caseId ? query.data : undefined;
  const feedRef = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);

  useKeyAction('nav.back', onBack);

  const items = useMemo(() => {
    if (!data) return [];
    const ctx = { personName: data.person.name, agentsById, locale, now, t };
    return data.events.map((event) => ({ event, description: describeEvent(event, ctx) }));
  }, [data, agentsById, locale, now, t]);

  // Newest last, so open at the bottom; stay there as events arrive unless the agent scrolled up.
  useLayoutEffect(() => {
    const feed = feedRef.current;
    if (feed && atBottom.current) feed.scrollTop = feed.scrollHeight;
  }, [items]);

  const hasData = data !== undefined;
  useLayoutEffect(() => {
    if (hasData) feedRef.current?.focus({ preventScroll: true });
  }, [hasData]);

  if (!data) {
    return (
      <div className="case case--empty">
        {query.error ? (
          <p role="alert">
            {t('case.loadFailed')}{' '}
            <button type="button" className="button" onClick={onBack}>
              {t('case.back')}
            </button>
          </p>
        ) : (
          <p>{t('case.loading')}</p>
        )}
      </div>
    );
  }

  return (
    <div className="case">
      <CaseHeader data={data} now={now} locale={locale} onBack={onBack} />
      <div
        ref={feedRef}
        className="timeline focus-inset"
        role="feed"
        aria-label={t('timeline.label')}
        aria-busy={query.loading}
        tabIndex={0}
        onScroll={(event) => {
          const feed = event.currentTarget;
          atBottom.current = feed.scrollHeight - feed.scrollTop - feed.clientHeight < STICK_TO_BOTTOM_PX;
        }}
      >
        {items.length === 0 && <p className="timeline__empty">{t('timeline.empty')}</p>}
        {items.map(({ event, description }, i) => (
          <TimelineItem
            key={event.id}
            event={event}
            description={description}
            position={i + 1}
            setSize={items.length}
          />
        ))}
      </div>
    </div>
  );
}
