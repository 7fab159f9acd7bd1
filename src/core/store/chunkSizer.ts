/**
 * How many rows the next write transaction takes, so each takes about `budgetMs`: the desk serves no
 * request while one runs, and a request should never wait 50 ms behind one. The cost per row varies by
 * table (cases carry 15 indexes, contact points 3), by what the rows hold, and from one transaction to
 * the next (a commit that happens to write many index pages): measured on a first sync, 1,000 events took
 * 40–60 ms in one transaction and 800 took under 30. So the estimate of a row's cost is pessimistic: it
 * jumps to a slower transaction's cost at once and comes down by a tenth per transaction.
 */
export class ChunkSizer {
  private perRowMs: number;
  private rows: number;

  constructor(private readonly limits: { first: number; min: number; max: number; budgetMs: number }) {
    this.rows = limits.first;
    this.perRowMs = limits.budgetMs / limits.first;
  }

  get size(): number {
    return this.rows;
  }

  /** A transaction of `rows` rows took `ms`. */
  record(rows: number, ms: number): void {
    if (rows <= 0) return;
    const cost = ms / rows;
    // A short transaction (the end of a page or table) carries a commit's fixed cost over few rows:
    // it only counts when slower than expected.
    if (rows < this.rows / 2 && cost < this.perRowMs) return;
    this.perRowMs = Math.max(cost, this.perRowMs * 0.9);
    const { min, max, budgetMs } = this.limits;
    this.rows = Math.min(max, Math.max(min, Math.round(budgetMs / this.perRowMs)));
  }
}
