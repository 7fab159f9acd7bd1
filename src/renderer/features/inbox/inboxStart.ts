import type { InboxPlace } from './inboxPlace';

/** Team by default: the widest view most agents start the day with, and the fullest demo. */
export const initialInboxPlace: InboxPlace = { view: 'team', channel: null };

/** Rows per `cases.list` page of the inbox. */
export const INBOX_PAGE_SIZE = 100;

/** The inbox's first request, exactly as its page cache makes it, so start-up can send it early. */
export const firstInboxPage = {
  method: 'cases.list',
  args: { ...initialInboxPlace, cursor: null, offset: null, limit: INBOX_PAGE_SIZE },
} as const;
