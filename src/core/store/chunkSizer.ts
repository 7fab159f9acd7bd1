/**
 * How many rows the next write transaction takes, so each takes about `budgetMs`: the desk serves no
 * request while one runs, and a request should never wait 50 ms behind one. The cost per row varies by
 * table (cases carry 15 indexes, contact points 3) and by what the rows hold, so the size follows the
 * last transaction's time.
 */
export class ChunkSizer {
  private rows: number;

  constructor(private readonly limits: { first: number; min: number; max: number; budgetMs: number }) {
    this.rows = limits.first;
  }

  get size(): number {
    return this.rows;
  }

  /**
   * A transaction of `rows` rows took `ms`. Over the budget, the next is cut to what would have fit. Under
   * it, the size grows by a quarter at most, and only after a full-size chunk (a short one, at the end of a page
   * or table, says little about the next).
   */
  record(rows: number, ms: number): void {
    const { min, max, budgetMs } = this.limits;
    const fit = (rows * budgetMs) / Math.max(ms, 0.1);
    if (ms > budgetMs) this.rows = Math.max(min, Math.round(Math.max(fit, rows / 2)));
    else if (rows >= this.rows / 2) this.rows = Math.min(max, Math.round(Math.min(fit, this.rows * 1.25)));
  }
}
