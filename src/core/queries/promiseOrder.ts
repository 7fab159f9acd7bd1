/** Open promises first, soonest due first (overdue on top); then kept/cancelled ones, latest resolved first. */
export const PROMISE_ORDER = `status <> 'open', CASE WHEN status = 'open' THEN due_at END ASC,
  coalesce(resolved_at, created_at) DESC, n DESC`;
