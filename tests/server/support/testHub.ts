import { v7 as uuidv7 } from 'uuid';
import type { Agent, Team } from '../../../src/shared/domain';
import type { SyncRow } from '../../../src/shared/sync';
import { normalizeContactValue } from '../../../src/shared/text/normalizeContactValue';
import { createAgent, createTeam } from '../../../src/server/accounts/directory';
import { authenticate, login, type AuthAgent } from '../../../src/server/accounts/sessions';
import type { HubDb } from '../../../src/server/db/port';
import type { HubContext } from '../../../src/server/hubContext';
import { importRows } from '../../../src/server/sync/importRows';
import { openTestDb, type TestDb } from './testDb';

export const PASSWORD = 'correct horse battery';
/** The tests' "now": 2026-03-10 09:00 UTC. */
export const T0 = Date.UTC(2026, 2, 10, 9, 0, 0);

export class TestClock {
  constructor(public time: number = T0) {}
  readonly now = (): number => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

export interface TestHub {
  hub: HubContext;
  clock: TestClock;
  testDb: TestDb;
  logs: string[];
  close(): Promise<void>;
}

export async function openTestHub(options: { sessionTtlMs?: number } = {}): Promise<TestHub> {
  const testDb = await openTestDb();
  const clock = new TestClock();
  const logs: string[] = [];
  const hub = hubOn(testDb.db, testDb.channel, clock, logs, options.sessionTtlMs);
  return { hub, clock, testDb, logs, close: () => testDb.close() };
}

export function hubOn(
  db: HubDb,
  channel: string,
  clock: TestClock,
  logs: string[],
  ttl = 3600_000,
): HubContext {
  return { db, now: clock.now, changeChannel: channel, sessionTtlMs: ttl, log: (m) => logs.push(m) };
}

let counter = 0;
const unique = (): string => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function addTeam(hub: HubContext, name = `Team ${unique()}`): Promise<Team> {
  return createTeam(hub, name);
}

export interface TestAgent extends Agent {
  password: string;
}

export async function addAgent(hub: HubContext, team: Team, name = `Agent ${unique()}`): Promise<TestAgent> {
  const agent = await createAgent(hub, {
    name,
    email: `${unique()}@hub.example`,
    teamId: team.id,
    password: PASSWORD,
  });
  return { ...agent, password: PASSWORD };
}

export async function tokenFor(hub: HubContext, agent: TestAgent): Promise<string> {
  const session = await login(hub, agent.email, agent.password);
  if (!session) throw new Error('test login failed');
  return session.token;
}

export async function authFor(hub: HubContext, agent: TestAgent): Promise<AuthAgent> {
  const auth = await authenticate(hub, await tokenFor(hub, agent));
  if (!auth) throw new Error('test session failed');
  return auth;
}

export interface SeededCase {
  caseRow: SyncRow<'cases'>;
  person: SyncRow<'people'>;
  email: string;
}

/** A person with an e-mail address and one open case in `team`, as if it had always been there. */
export async function seedCase(
  hub: HubContext,
  team: Team,
  options: { assigneeId?: string | null; personalAgentId?: string | null; personName?: string } = {},
): Promise<SeededCase> {
  const personId = uuidv7();
  const email = `${unique()}@kund.example`;
  const person: SyncRow<'people'> = {
    id: personId,
    name: options.personName ?? `Person ${unique()}`,
    preferred_name: null,
    languages: '["sv"]',
    personal_agent_id: options.personalAgentId ?? null,
    note_rich: null,
    note_text: '',
    created_at: T0 - 86_400_000,
    merged_into: null,
    note_updated_by: null,
    note_updated_at: null,
  };
  const caseRow: SyncRow<'cases'> = {
    id: uuidv7(),
    ref: `K-2026-${unique()}`,
    person_id: personId,
    team_id: team.id,
    subject: 'Fråga om fakturan',
    channel: 'email',
    status: 'open',
    priority: 'normal',
    assignee_id: options.assigneeId ?? null,
    created_at: T0 - 3_600_000,
    updated_at: T0 - 3_600_000,
    last_contact_at: T0 - 3_600_000,
    snippet: 'Hej!',
    snoozed_until: null,
    first_response_at: null,
    closed_at: null,
    unread: 1,
  };
  await importRows(hub, [
    { table: 'people', rows: [person] },
    {
      table: 'contact_points',
      rows: [
        {
          id: uuidv7(),
          person_id: personId,
          kind: 'email',
          value: email,
          norm_value: normalizeContactValue(email),
        },
      ],
    },
    { table: 'cases', rows: [caseRow] },
  ]);
  return { caseRow, person, email };
}
