import { v7 as uuidv7 } from 'uuid';
import { measured, type MetricDef } from '../catalog';
import type { RunningBenchHub } from '../hubServer';
import type { MetricResult } from '../resultSchema';
import { httpHubConnection } from '../../src/core/sync/httpHubConnection';
import { PUSH_BATCH } from '../../src/core/sync/syncRound';
import { SYNC_PROTOCOL_VERSION, type Mutation } from '../../src/shared/sync';

/** Mutations pushed before the timed ones, so the hub's and the client's code paths are warm. */
const WARM_UP = 100;

/** Triage as agents do it all day: notes, priority and status changes, taking a case. */
function triageMutation(seq: number, caseId: string, meId: string, at: number): Mutation {
  const eventId = uuidv7();
  const base = { id: uuidv7(), seq, createdAt: at };
  switch (seq % 4) {
    case 0:
      return {
        ...base,
        name: 'notes.add',
        args: { caseId, eventId, bodyText: `Ringde kunden, väntar på svar (${seq}).`, bodyRich: null },
      };
    case 1:
      return {
        ...base,
        name: 'cases.setPriority',
        args: { caseId, eventId, priority: seq % 8 === 1 ? 'high' : 'normal' },
      };
    case 2:
      return {
        ...base,
        name: 'cases.setStatus',
        args: { caseId, eventId, status: seq % 8 === 2 ? 'waiting' : 'open' },
      };
    default:
      return { ...base, name: 'cases.assign', args: { caseId, eventId, assigneeId: meId, handoverNote: '' } };
  }
}

/**
 * The baseline: as many single-row INSERTs of event rows (what each mutation adds to the timeline) into a
 * table of the same columns without index or trigger, in the same database, one transaction per batch.
 */
async function rawInsertRate(
  hub: RunningBenchHub,
  caseIds: readonly string[],
  count: number,
  meId: string,
): Promise<number> {
  await hub.db.exec('DROP TABLE IF EXISTS bench_raw_events; CREATE TABLE bench_raw_events (LIKE events)');
  try {
    const start = performance.now();
    for (let done = 0; done < count; done += PUSH_BATCH) {
      const size = Math.min(PUSH_BATCH, count - done);
      await hub.db.transaction(async (tx) => {
        for (let i = 0; i < size; i++) {
          const caseId = caseIds[(done + i) % caseIds.length] as string;
          await tx.query(
            `INSERT INTO bench_raw_events(id, case_id, person_id, kind, channel, direction, author_id, created_at,
               body_text, body_rich, meta) VALUES ($1, $2, $2, 'note', NULL, NULL, $3, $4, $5, NULL, '{}')`,
            [uuidv7(), caseId, meId, Date.now(), 'Ringde kunden, väntar på svar.'],
          );
        }
      });
    }
    return count / ((performance.now() - start) / 1000);
  } finally {
    await hub.db.exec('DROP TABLE IF EXISTS bench_raw_events');
  }
}

/**
 * A desk's outbox drained into the hub: `count` triage mutations on different cases, pushed over HTTP by
 * the desk's own client in the desk's batch size, one request in flight. Every one must be applied.
 */
export async function measurePush(
  metric: MetricDef,
  hub: RunningBenchHub,
  count: number,
): Promise<MetricResult> {
  const connection = httpHubConnection(hub.url);
  const session = await connection.login({ email: hub.email, password: hub.password });
  const meId = session.agent.id;
  const caseIds = (
    await hub.db.query<{ id: string }>('SELECT id FROM cases ORDER BY id DESC LIMIT $1', [count + WARM_UP])
  ).map((r) => r.id);
  if (caseIds.length === 0) throw new Error('the hub has no cases to push changes to');
  const clientId = uuidv7();
  let seq = 0;
  const push = async (size: number): Promise<void> => {
    const mutations = Array.from({ length: size }, () => {
      seq += 1;
      return triageMutation(seq, caseIds[seq % caseIds.length] as string, meId, Date.now());
    });
    const response = await connection.push(session.token, {
      protocol: SYNC_PROTOCOL_VERSION,
      clientId,
      mutations,
    });
    const refused = response.results.find((r) => r.status !== 'applied');
    if (refused !== undefined || response.lastAppliedSeq !== seq) {
      throw new Error(
        `the hub did not apply mutation ${refused?.seq ?? seq}: ${refused?.reason ?? 'no result'}`,
      );
    }
  };
  await push(WARM_UP);
  hub.dbWatch.ms = 0;
  const start = performance.now();
  const batchMs: number[] = [];
  for (let done = 0; done < count; done += PUSH_BATCH) {
    const batchStart = performance.now();
    await push(Math.min(PUSH_BATCH, count - done));
    batchMs.push(performance.now() - batchStart);
  }
  const seconds = (performance.now() - start) / 1000;
  const hubSqlMs = hub.dbWatch.ms;
  const baseline = await rawInsertRate(hub, caseIds, count, meId);
  return measured(metric, {
    value: count / seconds,
    baseline: { name: 'raw single-row INSERT of as many event rows, same database', value: baseline },
    details: {
      mutations: count,
      batch: PUSH_BATCH,
      mix: 'notes.add, cases.setPriority, cases.setStatus, cases.assign',
      ms: { total: Math.round(seconds * 1000), hubSql: Math.round(hubSqlMs) },
      slowestBatchMs: Math.round(Math.max(...batchMs)),
    },
  });
}
