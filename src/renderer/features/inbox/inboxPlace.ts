import type { ApiClient } from '../../../shared/api';
import type { Channel, InboxRow, InboxView } from '../../../shared/domain';
import { INBOX_PAGE_SIZE } from './inboxStart';
import { InboxSelection } from './inboxSelection';
import { PageCache } from './pageCache';

/**
 * Which inbox the agent looks at; kept by the app while a case is open, so Esc comes back here.
 * The selected row is in `InboxMemory.selection`, where moving it does not re-render the app.
 */
export interface InboxPlace {
  view: InboxView;
  channel: Channel | null;
}

/**
 * The loaded rows, selection and scroll position of the current view, kept outside React so they
 * survive a visit to a case (the list comes back instantly, then refreshes). One view is kept at a time.
 */
export class InboxMemory {
  private current: { key: string; cache: PageCache<InboxRow> } | null = null;
  private scroll = 0;
  readonly selection = new InboxSelection();

  constructor(private readonly client: ApiClient) {}

  cacheFor(view: InboxView, channel: Channel | null): PageCache<InboxRow> {
    const key = `${view}|${channel ?? ''}`;
    if (this.current?.key !== key) {
      const cache = new PageCache<InboxRow>(
        (page) => this.client.call('cases.list', { view, channel, ...page }),
        INBOX_PAGE_SIZE,
      );
      this.current = { key, cache };
      this.scroll = 0;
    }
    return this.current.cache;
  }

  /** Scroll position of the list in pixels, read when the list mounts again. */
  get scrollOffset(): number {
    return this.scroll;
  }

  rememberScroll = (offset: number): void => {
    this.scroll = offset;
  };
}
