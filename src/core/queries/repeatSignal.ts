import type { Channel, RepeatSignal } from '../../shared/domain';
import type { Db } from '../store/openStore';
import { prepared } from './statements';

/** "4th contact in 7 days": the window the product speaks of. */
export const REPEAT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

interface ChannelCountRow {
  person_id: string;
  channel: Channel | null;
  contacts: number;
  latest: number;
}

// One grouped pass for a whole page of people: their cases (cases_person), then each case's recent
// events (events_case_time). Through the case, not events.person_id: a merge moves cases while their
// events keep the person they were recorded for, and the signal belongs to whoever has the case now.
export const byPersonAndChannelSql = `
SELECT c.person_id, e.channel, count(*) AS contacts, max(e.created_at) AS latest
FROM cases c
JOIN events e ON e.case_id = c.id
WHERE c.person_id IN (SELECT value FROM json_each(?))
  AND e.created_at >= ? AND e.kind = 'contact' AND e.direction = 'in'
GROUP BY c.person_id, e.channel`;

const none = (): RepeatSignal => ({ contacts7d: 0, channels7d: [] });

/**
 * Incoming contacts per person in the last 7 days and the channels they came through,
 * most recently used channel first. Every requested person gets an entry (zero when quiet).
 */
export function repeatSignals(db: Db, personIds: readonly string[], now: number): Map<string, RepeatSignal> {
  const signals = new Map<string, RepeatSignal>();
  const unique = [...new Set(personIds)];
  for (const id of unique) signals.set(id, none());
  if (unique.length === 0) return signals;

  const rows = prepared<ChannelCountRow>(db, byPersonAndChannelSql).all(
    JSON.stringify(unique),
    now - REPEAT_WINDOW_MS,
  );
  const latestByChannel = new Map<string, { channel: Channel; latest: number }[]>();
  for (const row of rows) {
    const signal = signals.get(row.person_id) ?? none();
    signal.contacts7d += row.contacts;
    signals.set(row.person_id, signal);
    if (row.channel === null) continue;
    const list = latestByChannel.get(row.person_id) ?? [];
    list.push({ channel: row.channel, latest: row.latest });
    latestByChannel.set(row.person_id, list);
  }
  for (const [personId, list] of latestByChannel) {
    const signal = signals.get(personId);
    if (signal) signal.channels7d = list.sort((a, b) => b.latest - a.latest).map((c) => c.channel);
  }
  return signals;
}

export function repeatSignal(db: Db, personId: string, now: number): RepeatSignal {
  return repeatSignals(db, [personId], now).get(personId) ?? none();
}
