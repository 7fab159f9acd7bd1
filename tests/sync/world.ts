import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { memoryPreferences, openCore, STORE_FILE, type Core } from '../../src/core';
import { appendToOutbox } from '../../src/core/commands/outbox';
import { openStore } from '../../src/core/store/openStore';
import { httpHubConnection } from '../../src/core/sync/httpHubConnection';
import type { HubConnection } from '../../src/core/sync/hubConnection';
import { createAgent, createTeam } from '../../src/server/accounts/directory';
import { openHubDb } from '../../src/server/db/openHubDb';
import { serveHub, type RunningHub } from '../../src/server/hub';
import type { HubContext } from '../../src/server/hubContext';
import { importRows } from '../../src/server/sync/importRows';
import { createClient, type ApiClient } from '../../src/shared/api';
import type { Agent } from '../../src/shared/domain';
import { rowSchemas, SYNC_PROTOCOL_VERSION, syncTables, type SyncRow } from '../../src/shared/sync';
import { fakeTime } from '../core/scheduler/fakeTime';
import { FaultyConnection, seededRandom } from './faultyConnection';

export const PASSWORD = 'correct horse battery';
/** The desks' clock: 10 March 2026, 09:00 UTC (before the hub's, so rows keep the desks' times). */
export const T0 = Date.UTC(2026, 2, 10, 9, 0);

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** One real hub (src/server over PGlite in memory) on a free port. */
export interface TestHub {
  url: string;
  hub: HubContext;
  close(): Promise<void>;
}

export async function startHub(): Promise<TestHub> {
  const db = await openHubDb({ kind: 'pglite' });
  const hub: HubContext = {
    db,
    now: Date.now,
    changeChannel: 'nara_sync_tests',
    sessionTtlMs: 3_600_000,
    log: () => undefined,
  };
  const running: RunningHub = await serveHub({ hub, port: 0, host: '127.0.0.1' });
  return {
    url: running.url,
    hub,
    async close() {
      await running.close();
      await db.close();
    },
  };
}

export interface Team {
  id: string;
  agents: Agent[];
  /** An agent of another team: assigning to them is refused by the hub (a poison change). */
  outsider: Agent;
  caseIds: string[];
  personIds: string[];
}

let counter = 0;
const unique = (): string => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A team with `agents` agents and two people with an open case each, already on the hub. */
export async function seedTeam(hub: HubContext, agents: number): Promise<Team> {
  const team = await createTeam(hub, `Kundservice ${unique()}`);
  const other = await createTeam(hub, `Andra teamet ${unique()}`);
  const members: Agent[] = [];
  for (let i = 0; i < agents; i++) {
    members.push(
      await createAgent(hub, {
        name: `Agent ${i + 1}`,
        email: `a${i}-${unique()}@hub.example`,
        teamId: team.id,
        password: PASSWORD,
      }),
    );
  }
  const outsider = await createAgent(hub, {
    name: 'Utomstående',
    email: `x-${unique()}@hub.example`,
    teamId: other.id,
  });
  const people: SyncRow<'people'>[] = ['Åsa Bergström', 'Bjørn Haugen'].map((name) => ({
    id: uuidv7(),
    name,
    preferred_name: null,
    languages: '["sv"]',
    personal_agent_id: null,
    note_rich: null,
    note_text: '',
    created_at: T0 - 86_400_000,
    merged_into: null,
    note_updated_by: null,
    note_updated_at: null,
  }));
  const cases: SyncRow<'cases'>[] = people.map((person, i) => ({
    id: uuidv7(),
    ref: `K-2026-${String(90_000 + counter++).padStart(5, '0')}`,
    person_id: person.id,
    team_id: team.id,
    subject: i === 0 ? 'Fakturan stämmer inte' : 'Flytt av abonnemang',
    channel: 'email',
    status: 'open',
    priority: 'normal',
    assignee_id: null,
    created_at: T0 - 3_600_000,
    updated_at: T0 - 3_600_000,
    last_contact_at: T0 - 3_600_000,
    snippet: 'Hej!',
    snoozed_until: null,
    first_response_at: null,
    closed_at: null,
    unread: 1,
  }));
  await importRows(hub, [
    { table: 'people', rows: people },
    { table: 'cases', rows: cases },
  ]);
  return {
    id: team.id,
    agents: members,
    outsider,
    caseIds: cases.map((c) => c.id),
    personIds: people.map((p) => p.id),
  };
}

/** A desk: a real core on its own data folder, reaching the hub through a faulty network. */
export class Desk {
  core!: Core;
  api!: ApiClient;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'nara-sync-'));
  readonly time = fakeTime(T0);
  readonly network: FaultyConnection;

  constructor(
    readonly hubUrl: string,
    readonly agent: Agent,
    seed: number,
  ) {
    this.network = new FaultyConnection(httpHubConnection(hubUrl, 10_000), seededRandom(seed));
  }

  async open(): Promise<void> {
    this.core = await openCore({
      dataDir: this.dataDir,
      prefs: memoryPreferences(),
      demo: false,
      clock: this.time.clock,
      timers: this.time.timers,
      hubConnection: () => this.network,
      random: () => 0.5,
      logger: quiet,
    });
    const core = this.core;
    this.api = createClient({ request: (envelope) => core.dispatch(envelope), onPush: core.onPush });
  }

  async connect(): Promise<void> {
    await this.api.call('sync.connect', { url: this.hubUrl, email: this.agent.email, password: PASSWORD });
  }

  /** The app quits (or crashes between requests) and starts again on the same folder. */
  async restart(): Promise<void> {
    this.core.close();
    await this.open();
  }

  close(): void {
    this.core.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /**
   * Queues a change straight into the desk's outbox, as a desk of an older version (or a bug) would
   * have: the desk's own checks never see it, so only the hub can refuse it.
   */
  queueUnchecked(name: string, args: Record<string, unknown>): void {
    const db = openStore({ path: join(this.dataDir, STORE_FILE) });
    try {
      db.transaction(() => appendToOutbox(db, { name, args, createdAt: this.time.clock.now() }))();
    } finally {
      db.close();
    }
  }

  /** The synced tables as the hub would send them, read from the desk's file. */
  dump(): string {
    const db = new Database(join(this.dataDir, STORE_FILE), { readonly: true });
    try {
      const tables = syncTables.map((table) => {
        const columns = Object.keys(rowSchemas[table].shape).join(', ');
        return [table, db.prepare(`SELECT ${columns} FROM ${table} ORDER BY id`).all()];
      });
      return JSON.stringify(tables);
    } finally {
      db.close();
    }
  }
}

/** Everything the hub lets `agent` see, as a new desk would pull it, in the same canonical form. */
export async function hubDump(hubUrl: string, agent: Agent): Promise<string> {
  const hub: HubConnection = httpHubConnection(hubUrl);
  const session = await hub.login({ email: agent.email, password: PASSWORD });
  const rows = new Map<string, Map<string, unknown>>(syncTables.map((t) => [t, new Map()]));
  let cursor: string | null = null;
  for (;;) {
    const page = await hub.pull(session.token, {
      protocol: SYNC_PROTOCOL_VERSION,
      clientId: uuidv7(),
      cursor,
      limit: 5000,
    });
    for (const change of page.changes) rows.get(change.table)?.set(change.row.id, change.row);
    if (!page.hasMore) break;
    cursor = page.nextCursor;
  }
  await hub.logout(session.token);
  const tables = syncTables.map((table) => {
    const byId = rows.get(table) as Map<string, unknown>;
    return [table, [...byId.keys()].sort().map((id) => byId.get(id))];
  });
  return JSON.stringify(tables);
}
