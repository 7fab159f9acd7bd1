import { memo, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api';
import type { TimelineEvent } from '../../../shared/domain';
import { useWorkspace } from '../../shell/WorkspaceContext';
import { useNow } from '../../ui/NowProvider';
import { describeEvent, type DescribeContext } from './describeEvent';
import { TimelineItem } from './TimelineItem';
import { useNewestFirst } from './useNewestFirst';

/** How close to the bottom (px) still counts as "reading the newest", so new events keep it in view. */
const STICK_TO_BOTTOM_PX = 48;

interface Props {
  data: Result<'cases.get'>;
  busy: boolean;
  feedRef: RefObject<HTMLDivElement | null>;
}

/**
 * The case's whole history, newest last, opened at the bottom. A long history paints its newest events
 * first and fills in the older ones above in idle chunks (useNewestFirst); every article carries its
 * place in the whole history (aria-posinset of aria-setsize), so the count is right from the start.
 */
export function CaseFeed({ data, busy, feedRef }: Props) {
  const { t } = useTranslation();
  const { agentsById, locale } = useWorkspace();
  const now = useNow();
  const atBottom = useRef(true);
  const { events } = data;
  const heldBack = useNewestFirst(events.length);

  const ctx = useMemo(
    () => ({ personName: data.person.name, agentsById, locale, now, t }),
    [data.person.name, agentsById, locale, now, t],
  );

  // Newest last, so open at the bottom; stay there as events arrive (or older ones are filled in above)
  // unless the agent scrolled up.
  useLayoutEffect(() => {
    const feed = feedRef.current;
    if (feed && atBottom.current) feed.scrollTop = feed.scrollHeight;
  }, [feedRef, events, heldBack]);

  return (
    <div
      ref={feedRef}
      className="timeline focus-inset"
      role="feed"
      aria-label={t('timeline.label')}
      aria-busy={busy}
      tabIndex={0}
      onScroll={(event) => {
        const feed = event.currentTarget;
        atBottom.current = feed.scrollHeight - feed.scrollTop - feed.clientHeight < STICK_TO_BOTTOM_PX;
      }}
    >
      {events.length === 0 && <p className="timeline__empty">{t('timeline.empty')}</p>}
      {events.slice(heldBack).map((event, i) => (
        <CaseEvent
          key={event.id}
          event={event}
          ctx={ctx}
          position={heldBack + i + 1}
          setSize={events.length}
        />
      ))}
    </div>
  );
}

/** One event, described when it is first shown (the older events as their chunk arrives). */
const CaseEvent = memo(function CaseEvent({
  event,
  ctx,
  position,
  setSize,
}: {
  event: TimelineEvent;
  ctx: DescribeContext;
  position: number;
  setSize: number;
}) {
  const description = useMemo(() => describeEvent(event, ctx), [event, ctx]);
  return (
    <TimelineItem event={event} description={description} position={position} setSize={setSize} t={ctx.t} />
  );
});
