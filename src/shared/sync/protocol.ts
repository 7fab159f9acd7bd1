/**
 * The Nära sync protocol, version 1: how a desk and the hub keep one shared state.
 *
 * TRANSPORT. JSON over HTTP(S); every sync request carries `Authorization: Bearer <session token>`.
 * Bodies are validated with the zod schemas in this folder on both sides.
 *
 *   POST /auth/login    LoginRequest {email, password}      → Session {token, expiresAt, agent, teams, protocol}
 *   GET  /auth/session                                      → Session without a new token (token: '')
 *   POST /auth/logout                                       → {} (the token stops working)
 *   POST /sync/push     PushRequest                         → PushResponse
 *   POST /sync/pull     PullRequest                         → PullResponse
 *   GET  /sync/live     WebSocket upgrade (token in the Authorization header or `?token=`)
 *
 * Whole-request failures answer with a non-2xx status and SyncErrorBody {error: {code, message,
 * retryable}}. `retryable: true` (503 unavailable, 500 internal): send the same request again later
 * with exponential backoff; nothing was applied, or what was is recognised as duplicate. `unauthorized`
 * (401): the session is unknown or expired; log in again and keep the outbox. Anything else is
 * permanent for that request (400 bad_request, 409 version_mismatch: the desk must be upgraded).
 *
 * PUSH (the outbox). `{protocol, clientId, mutations: [{id, seq, name, args, createdAt}]}`, at most
 * PUSH_MAX_MUTATIONS, in seq order. `clientId` is the desk's store id (meta client_id); `seq` its
 * per-client sequence (1, 2, 3 …, no gaps). The hub processes each mutation exactly once per
 * (clientId, seq): it applies it to its own state, or rejects it, and records the seq in the same
 * transaction. Each processed mutation gets a result:
 *   applied    the change is in the hub's state.
 *   duplicate  this seq was processed before (a replay); code/reason repeat an earlier rejection.
 *   rejected   permanently: unknown_command, invalid_args, not_found (a row it needs is missing),
 *              forbidden (outside the agent's teams) or conflict (e.g. the promise is already kept).
 *              Show `reason` to the agent, drop the mutation from the queue, go on with the next.
 * Gaps: the hub applies seq N only after N-1. If a batch starts above lastAppliedSeq + 1 (an earlier
 * batch was lost), or a mutation inside it skips a seq, results stop there; resend from
 * `lastAppliedSeq + 1`. A client the hub has never seen starts wherever its first push starts, so
 * always push from the oldest entry not yet confirmed, and keep one push in flight per client.
 * A client id belongs to the agent who first pushed with it (403 forbidden for anyone else). The hub applies mutations in arrival order ("hub order"):
 * case fields are last-writer-wins in hub order, timeline events only ever append, a person note
 * edited concurrently keeps both texts (the later save gets a marked conflict copy of the other).
 * The hub stamps rows with the mutation's `createdAt` (never later than the hub's own clock) and
 * makes them with the ids in `args`, so the desk's provisional rows and the hub's rows share ids.
 *
 * PULL (changes since a cursor). `{protocol, clientId, cursor, limit}`; cursor null on a new desk.
 * The hub has one monotonic version: every row write takes the next one. A reply holds the rows the
 * agent may see whose latest version is above the cursor, oldest first, each at most once, at its
 * current state, shaped like the desk's SQLite table (rows.ts) so the desk upserts it by `id`.
 * Rows from the hub are the confirmed truth and replace provisional rows with the same id (events
 * too: the hub's `meta.from` reflects hub order). Rows a page refers to that the desk cannot have
 * yet (an event's case, a case's person …) come in the same page, parents first: apply `changes`
 * in order, in one transaction per page (SQLite `PRAGMA defer_foreign_keys = ON` is a safe extra).
 * Continue with `nextCursor` while `hasMore`. `headVersion` is the hub's newest version, for a
 * progress bar on a first sync. `lastMutationSeq` is this client's highest seq whose effects are
 * inside the state pulled so far; after the last page (hasMore false) the desk drops outbox entries
 * up to it and re-applies the rest on top of the confirmed state (rebase).
 *
 * Hub rules a desk may not check itself: an assignee or promise owner must be an agent of the
 * case's team (else forbidden); `cases.wake` of a case no longer snoozed until that time is applied
 * as a no-op (its event is not made); a reply on an e-mail or web-form case is also sent by e-mail.
 *
 * AUTHORIZATION. An agent pushes and pulls only within their teams. Cases, their events and
 * promises belong to the case's team; a person (with contact points and merges) is visible to every
 * team that has had a case of theirs or whose agent is their personal agent (from then on). Teams,
 * agents and saved replies are the shared directory every agent sees. A reference to a row the agent
 * may not see (a merge recorded on another team's case) arrives as null. Channel API keys only create
 * contacts (POST /channels/*); they cannot push or pull.
 *
 * LIVE. On /sync/live the hub sends an empty text frame ("", POKE) whenever something the agent
 * may see changed, on any hub instance. A poke carries no data: pull now. Close code 4401: the
 * session ended; log in again.
 */

export const SYNC_PROTOCOL_VERSION = 1;

export const syncPaths = {
  login: '/auth/login',
  session: '/auth/session',
  logout: '/auth/logout',
  push: '/sync/push',
  pull: '/sync/pull',
  live: '/sync/live',
} as const;

/** The whole poke frame: a WebSocket text message with no data. */
export const POKE = '';

/** WebSocket close code when the session behind a live connection is no longer valid. */
export const CLOSE_SESSION_ENDED = 4401;
