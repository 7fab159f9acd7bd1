import type { HubDb } from './db/port';

/** What every hub service gets: storage, the time, and the NOTIFY channel its instances share. */
export interface HubContext {
  db: HubDb;
  now: () => number;
  /** LISTEN/NOTIFY channel for "rows changed"; tests sharing one database use their own. */
  changeChannel: string;
  sessionTtlMs: number;
  log: (message: string) => void;
}

export const DEFAULT_CHANGE_CHANNEL = 'nara_hub_changes';
/** A desk stays logged in for 30 days; after that the agent logs in again (the outbox waits). */
export const DEFAULT_SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
