import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxRow, TimelineEvent } from '../../../shared/domain';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { useNow } from '../../ui/NowProvider';
import { describeEvent } from '../case/describeEvent';
import { TimelineItem } from '../case/TimelineItem';
import { namingTheCase } from './personText';

interface Props {
  personName: string;
  events: readonly TimelineEvent[];
  cases: readonly InboxRow[];
  busy: boolean;
}

/**
 * The person's story across all their cases, newest last, drawn like a case timeline; each event also
 * names its case, in words and in its accessible name.
 */
export function PersonHistory({ personName, events, cases, busy }: Props) {
  const { t } = useTranslation();
  const { agentsById, locale } = useWorkspace();
  const now = useNow();
  const feedRef = useRef<HTMLDivElement>(null);

  const items = useMemo(() => {
    const casesById = new Map(cases.map((row) => [row.id, row]));
    const ctx = { personName, agentsById, locale, now, t };
    return events.map((event) => {
      const description = describeEvent(event, ctx);
      return { event, description: namingTheCase(description, casesById.get(event.caseId), t) };
    });
  }, [events, cases, personName, agentsById, locale, now, t]);

  // Newest last: open at the newest event.
  useLayoutEffect(() => {
    const feed = feedRef.current;
    if (feed) feed.scrollTop = feed.scrollHeight;
  }, [items.length]);

  return (
    <section className="person-section person-history">
      <h2 className="person-section__heading">{t('person.history')}</h2>
      <div
        ref={feedRef}
        className="timeline person-history__feed focus-inset"
        role="feed"
        aria-label={t('person.history')}
        aria-busy={busy}
        tabIndex={0}
      >
        {items.length === 0 && <p className="timeline__empty">{t('person.historyEmpty')}</p>}
        {items.map(({ event, description }, i) => (
          <TimelineItem
            key={event.id}
            event={event}
            description={description}
            position={i + 1}
            setSize={items.length}
            t={t}
          />
        ))}
      </div>
    </section>
  );
}
