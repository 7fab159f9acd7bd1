import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, InboxRow, InboxView } from '../../../shared/domain';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { useKeyAction } from '../../keyboard/KeyboardProvider';
import { ChannelFilter } from './ChannelFilter';
import { InboxList } from './InboxList';
import type { InboxMemory, InboxPlace } from './inboxPlace';
import { SelectedCaseActions } from './SelectedCaseActions';
import { ViewRail } from './ViewRail';
import './inbox.css';

interface Props {
  place: InboxPlace;
  onPlaceChange(place: InboxPlace): void;
  memory: InboxMemory;
  onOpenCase(row: InboxRow): void;
}

// Pushes come in bursts (a sync pull touches many cases); one refetch per burst is enough.
const REFRESH_DELAY_MS = 150;

/**
 * The inbox: views with counts on the left; on the right the channel filter, the actions for the
 * selected case (triage from the list, like a mail client) and the case list.
 */
export function InboxScreen({ place, onPlaceChange, memory, onOpenCase }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const cache = memory.cacheFor(place.view, place.channel);
  useSyncExternalStore(cache.subscribe, cache.getVersion);
  const listRef = useRef<HTMLDivElement>(null);
  const counts = useQuery(
    'cases.counts',
    { channel: place.channel },
    { refetchOn: ['case.changed', 'cases.invalidated'] },
  );

  // Back from a case the rows may be stale: show them at once and refetch what is in view.
  useEffect(() => {
    if (cache.total !== null) cache.refresh();
    let timer: number | undefined;
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => cache.refresh(), REFRESH_DELAY_MS);
    };
    const offs = [api.on('case.changed', later), api.on('cases.invalidated', later)];
    return () => {
      window.clearTimeout(timer);
      offs.forEach((off) => off());
    };
  }, [api, cache]);

  const { selection } = memory;
  const chooseView = useCallback(
    (view: InboxView) => {
      selection.set(0);
      onPlaceChange({ view, channel: place.channel });
    },
    [onPlaceChange, place.channel, selection],
  );
  const chooseChannel = (channel: Channel | null) => {
    selection.set(0);
    onPlaceChange({ ...place, channel });
  };

  useKeyAction('go.mine', () => chooseView('mine'));
  useKeyAction('go.team', () => chooseView('team'));
  useKeyAction('go.promises', () => chooseView('promises_due'));

  const total = cache.total;
  const viewName = t(`views.${place.view}`);
  return (
    <div className="inbox">
      <ViewRail current={place.view} counts={counts.data?.counts} onChoose={chooseView} />
      <section className="inbox__main" aria-labelledby="inbox-heading">
        <div className="inbox__toolbar">
          <h1 id="inbox-heading" className="inbox__heading">
            {viewName}
          </h1>
          {total !== null && <span className="inbox__total">{t('inbox.total', { count: total })}</span>}
          <ChannelFilter value={place.channel} onChange={chooseChannel} />
        </div>
        <div className="inbox__actions">
          <SelectedCaseActions cache={cache} selection={selection} listRef={listRef} />
        </div>
        {cache.error !== null && total === null && (
          <p className="inbox__message" role="alert">
            {t('inbox.loadFailed')}
          </p>
        )}
        {total === 0 && <p className="inbox__message">{t('inbox.empty')}</p>}
        <InboxList
          key={`${place.view}|${place.channel ?? ''}`}
          cache={cache}
          selection={selection}
          onOpen={onOpenCase}
          initialScrollOffset={memory.scrollOffset}
          onScrollOffset={memory.rememberScroll}
          listRef={listRef}
        />
      </section>
    </div>
  );
}
