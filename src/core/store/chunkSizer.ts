/**
 * How many rows the next write transaction takes, so each takes about `budgetMs`: the desk serves no
 * request while one runs, and a request should never wait 50 ms behind one. The cost per row varies by
 * table (cases carry 15 indexes, contact points 3) and by what the rows hold, so the size follows the
 * last transaction's time, at most doubling or halving at a time.
 */
export class ChunkSizer {
  private rows: number;

  constructor(private readonly limits: { first: number; min: number; max: number; budgetMs: number }) {
    this.rows = limits.first;
  }

  get size(): number {
    return this.rows;
  }

  /** A transaction of `rows` rows took `ms`. A short one (the end of a table) says little about the next. */
  record(rows: number, ms: number): void {
    if (rows < this.rows / 2) return;
    const scale = Math.min(2, Math.max(0.5, this.limits.budgetMs / Math.max(ms, 0.1)));
    this.rows = Math.min(this.limits.max, Math.max(this.limits.min, Math.round(this.rows * scale)));
  }
}
