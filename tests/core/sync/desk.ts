import { v7 as uuidv7 } from 'uuid';
import { memoryPreferences, openCore, type Core } from '../../../src/core';
import { createClient, type ApiClient, type PushPayload } from '../../../src/shared/api';
import type { SyncStatus } from '../../../src/shared/domain';
import type { SyncRow } from '../../../src/shared/sync';
import { fakeTime } from '../scheduler/fakeTime';
import { PASSWORD, T0, type FakeHub } from './fakeHub';

export interface TestDesk {
  core: Core;
  api: ApiClient;
  time: ReturnType<typeof fakeTime>;
  /** Every sync status pushed, in order. */
  statuses: SyncStatus[];
  /** Resolves with the first status pushed from now on that `predicate` accepts. */
  nextStatus(predicate: (status: SyncStatus) => boolean): Promise<SyncStatus>;
  connect(): Promise<void>;
}

/**
 * A desk on `dataDir` (memory by default) that reaches `hub`, on fake time: it does nothing on its
 * own until the test fires its timers. Backoff jitter is fixed at the middle (random 0.5).
 */
export async function openTestDesk(
  hub: FakeHub,
  {
    dataDir = ':memory:',
    demo = false,
  }: { dataDir?: string; demo?: { cases: number; seed: number } | false } = {},
): Promise<TestDesk> {
  const time = fakeTime(T0);
  const core = await openCore({
    dataDir,
    prefs: memoryPreferences(),
    demo,
    clock: time.clock,
    timers: time.timers,
    hubConnection: () => hub,
    random: () => 0.5,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  const api = createClient({ request: (envelope) => core.dispatch(envelope), onPush: core.onPush });
  const statuses: SyncStatus[] = [];
  const waiting = new Set<{ predicate: (s: SyncStatus) => boolean; resolve: (s: SyncStatus) => void }>();
  api.on('sync.status', (status: PushPayload<'sync.status'>) => {
    statuses.push(status);
    for (const waiter of [...waiting]) {
      if (waiter.predicate(status)) {
        waiting.delete(waiter);
        waiter.resolve(status);
      }
    }
  });
  return {
    core,
    api,
    time,
    statuses,
    nextStatus: (predicate) => new Promise((resolve) => waiting.add({ predicate, resolve })),
    async connect() {
      await api.call('sync.connect', {
        url: 'https://hub.example/',
        email: hub.agent.email,
        password: PASSWORD,
      });
      await api.call('sync.now', {});
    },
  };
}

/** Åsa and her open e-mail case, as the hub holds them. */
export function putCase(hub: FakeHub): { person: SyncRow<'people'>; caseRow: SyncRow<'cases'> } {
  const person: SyncRow<'people'> = {
    id: uuidv7(),
    name: 'Åsa Bergström',
    preferred_name: null,
    languages: '["sv"]',
    personal_agent_id: null,
    note_rich: null,
    note_text: 'Vill helst bli uppringd på förmiddagen.',
    created_at: T0 - 30 * 86_400_000,
    merged_into: null,
    note_updated_by: hub.colleague.id,
    note_updated_at: T0 - 86_400_000,
  };
  const caseRow: SyncRow<'cases'> = {
    id: uuidv7(),
    ref: 'K-2026-00042',
    person_id: person.id,
    team_id: hub.teamId,
    subject: 'Fakturan stämmer inte',
    channel: 'email',
    status: 'open',
    priority: 'normal',
    assignee_id: hub.agent.id,
    created_at: T0 - 7_200_000,
    updated_at: T0 - 7_200_000,
    last_contact_at: T0 - 7_200_000,
    snippet: 'Hej, min faktura för februari är dubbel.',
    snoozed_until: null,
    first_response_at: null,
    closed_at: null,
    unread: 0,
  };
  hub.put('people', person);
  hub.put('cases', caseRow);
  return { person, caseRow };
}

/** The event the hub writes for an applied `notes.add`. */
export function noteEventRow(
  args: Record<string, unknown>,
  caseRow: SyncRow<'cases'>,
  authorId: string,
  createdAt: number,
): SyncRow<'events'> {
  return {
    id: String(args.eventId),
    case_id: caseRow.id,
    person_id: caseRow.person_id,
    kind: 'note',
    channel: null,
    direction: null,
    author_id: authorId,
    created_at: createdAt,
    body_text: String(args.bodyText),
    body_rich: (args.bodyRich as string | null | undefined) ?? null,
    meta: '{}',
  };
}
