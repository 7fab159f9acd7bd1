import type { Mutation, PushRequest, PushResponse, PushResult, RejectionCode } from '../../shared/sync';
import type { AuthAgent } from '../accounts/sessions';
import { isTransientDbError, sqlState, sqlStateOf, type Sql } from '../db/port';
import type { HubContext } from '../hubContext';
import { applyMutation, type Appliers } from './apply';
import { directCaseRows } from './apply/caseRows';
import { Rejection } from './apply/rejection';
import { BufferedWrites } from './bufferedWrites';
import { SyncError } from './syncError';
import { writeTransaction } from './writeTransaction';

interface ClientRow {
  agent_id: string;
  last_seq: number;
}

interface ProcessedRow {
  mutation_id: string;
  status: 'applied' | 'rejected';
  code: RejectionCode | null;
  reason: string | null;
}

/** A processed mutation's record, written with the batch's others at its end. */
interface Processed extends ProcessedRow {
  seq: number;
  name: string;
}

/**
 * Records the batch's processed mutations, all at the hub version the batch ends at (its effects are
 * inside any pulled state that reaches it), and moves the client's last processed seq: one statement.
 */
const RECORD_BATCH = `
  WITH head AS (SELECT coalesce(max(version), 0) AS version FROM change_log),
  client AS (UPDATE sync_clients SET last_seq = $2, updated_at = $3 WHERE client_id = $1)
  INSERT INTO sync_mutations(client_id, seq, mutation_id, name, status, code, reason, version, processed_at)
  SELECT $1, m.seq, m.mutation_id, m.name, m.status, m.code, m.reason, head.version, $3
  FROM unnest($4::bigint[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[])
    AS m(seq, mutation_id, name, status, code, reason), head`;

/**
 * Applies a batch of one desk's outbox, exactly once per (clientId, seq), in one transaction, first
 * the fast way: case and event writes held back and written per batch (BufferedWrites), no savepoints.
 * Should any mutation fail (refused, or its write failed), that attempt rolls back whole and the batch
 * is applied again the careful way, where each mutation runs in a savepoint: a refused one leaves no
 * trace but its record. Round trips per mutation are what limit push throughput.
 */
export async function processPush(
  hub: HubContext,
  appliers: Appliers,
  agent: AuthAgent,
  request: PushRequest,
): Promise<PushResponse> {
  try {
    return await applyBatch(hub, appliers, agent, request, 'fast');
  } catch (error) {
    if (error instanceof SyncError || isTransientDbError(error)) throw error;
    return applyBatch(hub, appliers, agent, request, 'careful');
  }
}

type Mode = 'fast' | 'careful';

/**
 * One attempt at the batch. In either mode a transient failure aborts the whole batch (the desk retries
 * and the replay finds nothing applied twice). The change feed and the records are written once, at its end.
 */
async function applyBatch(
  hub: HubContext,
  appliers: Appliers,
  agent: AuthAgent,
  request: PushRequest,
  mode: Mode,
): Promise<PushResponse> {
  const wrap = (tx: Sql): Sql => (mode === 'fast' ? new BufferedWrites(tx) : tx);
  return writeTransaction(
    hub.db,
    hub.changeChannel,
    async (changes) => {
      const { tx } = changes;
      const buffered = tx instanceof BufferedWrites ? tx : null;
      const rows = buffered ?? directCaseRows(tx);
      let last = await claimClient(hub, tx, agent, request);
      await buffered?.prefetchCases(caseIdsOf(request.mutations.filter((m) => m.seq > last)));
      const results: PushResult[] = [];
      const processed: Processed[] = [];
      let savepoint = false;
      for (const mutation of request.mutations) {
        if (mutation.seq <= last) {
          results.push(await replayed(tx, request.clientId, mutation, processed));
          continue;
        }
        // A gap: an earlier batch has not arrived. Stop; the desk resends from lastAppliedSeq + 1.
        if (mutation.seq !== last + 1) break;
        const ctx = { changes, rows, agent, now: Math.min(mutation.createdAt, hub.now()) };
        let outcome: Outcome = { status: 'applied' };
        if (mode === 'fast') {
          await applyMutation(appliers, ctx, mutation.name, mutation.args);
        } else {
          // The previous mutation's savepoint is released and the next one taken in one round trip.
          await tx.exec(savepoint ? 'RELEASE SAVEPOINT mutation; SAVEPOINT mutation' : 'SAVEPOINT mutation');
          savepoint = true;
          outcome = await applyOne(hub, appliers, ctx, mutation);
        }
        processed.push({
          seq: mutation.seq,
          mutation_id: mutation.id,
          name: mutation.name,
          status: outcome.status === 'applied' ? 'applied' : 'rejected',
          code: outcome.code ?? null,
          reason: outcome.reason ?? null,
        });
        results.push({ seq: mutation.seq, id: mutation.id, ...outcome });
        last = mutation.seq;
      }
      await changes.flush();
      await tx.query(RECORD_BATCH, [
        request.clientId,
        last,
        hub.now(),
        processed.map((p) => p.seq),
        processed.map((p) => p.mutation_id),
        processed.map((p) => p.name),
        processed.map((p) => p.status),
        processed.map((p) => p.code),
        processed.map((p) => p.reason),
      ]);
      return { results, lastAppliedSeq: last };
    },
    wrap,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cases the mutations name (most name one), to be read in one statement before any is applied. */
function caseIdsOf(mutations: readonly Mutation[]): string[] {
  const ids: string[] = [];
  for (const m of mutations) {
    const args: unknown = m.args;
    if (typeof args !== 'object' || args === null || !('caseId' in args)) continue;
    if (typeof args.caseId === 'string' && UUID.test(args.caseId)) ids.push(args.caseId);
  }
  return ids;
}

/** The client's last processed seq; a desk the hub has never seen starts just below its first seq. */
async function claimClient(
  hub: HubContext,
  tx: Sql,
  agent: AuthAgent,
  request: PushRequest,
): Promise<number> {
  const [client] = await tx.query<ClientRow>(
    'SELECT agent_id, last_seq FROM sync_clients WHERE client_id = $1 FOR UPDATE',
    [request.clientId],
  );
  if (client) {
    if (client.agent_id !== agent.id) {
      throw new SyncError('forbidden', 'This desk pushed as another agent before; it cannot push as you.');
    }
    return client.last_seq;
  }
  const start = (request.mutations[0]?.seq ?? 1) - 1;
  await tx.query(
    'INSERT INTO sync_clients(client_id, agent_id, last_seq, updated_at) VALUES ($1, $2, $3, $4)',
    [request.clientId, agent.id, start, hub.now()],
  );
  return start;
}

/** A seq processed before (or earlier in this batch): answer as then, without applying anything. */
async function replayed(
  tx: Sql,
  clientId: string,
  mutation: Mutation,
  inThisBatch: readonly Processed[],
): Promise<PushResult> {
  const row =
    inThisBatch.find((p) => p.seq === mutation.seq) ??
    (
      await tx.query<ProcessedRow>(
        'SELECT mutation_id, status, code, reason FROM sync_mutations WHERE client_id = $1 AND seq = $2',
        [clientId, mutation.seq],
      )
    )[0];
  const base = { seq: mutation.seq, id: mutation.id, status: 'duplicate' as const };
  if (row && row.mutation_id !== mutation.id) {
    return {
      ...base,
      status: 'rejected',
      code: 'conflict',
      reason: 'The hub already holds a different change under this sequence number for this desk.',
    };
  }
  if (row?.status === 'rejected') return { ...base, code: row.code ?? 'hub_error', reason: row.reason ?? '' };
  return base;
}

type Outcome = Pick<PushResult, 'status' | 'code' | 'reason'>;

async function applyOne(
  hub: HubContext,
  appliers: Appliers,
  ctx: Parameters<typeof applyMutation>[1],
  mutation: Mutation,
): Promise<Outcome> {
  const { tx } = ctx.changes;
  const mark = ctx.changes.mark();
  try {
    await applyMutation(appliers, ctx, mutation.name, mutation.args);
    return { status: 'applied' };
  } catch (error) {
    if (isTransientDbError(error)) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT mutation');
    ctx.changes.rollbackTo(mark);
    const rejection = asRejection(error);
    if (rejection.code === 'hub_error')
      hub.log(`mutation ${mutation.id} (${mutation.name}) failed: ${String(error)}`);
    return { status: 'rejected', code: rejection.code, reason: rejection.message };
  }
}

/** What the agent is told about a mutation that failed for good. */
function asRejection(error: unknown): Rejection {
  if (error instanceof Rejection) return error;
  const state = sqlStateOf(error);
  if (state === sqlState.uniqueViolation)
    return new Rejection('conflict', 'Something with the same id already exists on the hub.');
  if (state === sqlState.foreignKeyViolation)
    return new Rejection('not_found', 'Something this change refers to does not exist on the hub.');
  // Class 22 (data exception) and the rest of 23 (integrity): the change cannot be stored as it is.
  if (state?.startsWith('22') || state?.startsWith('23')) {
    return new Rejection('invalid_args', 'The hub cannot store this change as it is.');
  }
  return new Rejection('hub_error', 'The hub could not apply this change.');
}
