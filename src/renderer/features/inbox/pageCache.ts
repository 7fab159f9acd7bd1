/** One page as the API returns it (`cases.list`). */
export interface Page<Row> {
  rows: Row[];
  total: number;
  nextCursor: string | null;
}

/** How to ask for a page: by the cursor the previous page gave, or by offset when jumping far. */
export interface PageRequest {
  cursor: string | null;
  offset: number | null;
  limit: number;
}

export type FetchPage<Row> = (request: PageRequest) => Promise<Page<Row>>;

/**
 * The rows of a long list (the inbox, up to 100,000 cases), loaded in pages on demand. Page `p`
 * holds rows `p*pageSize …`; it is fetched with the cursor page `p-1` returned when that is known
 * (cheap keyset paging while scrolling down) and by offset otherwise (a jump to the end).
 * After `refresh()` the old rows stay visible until their page has been fetched again, and
 * answers to requests made before the refresh are dropped.
 */
export class PageCache<Row> {
  private readonly pages = new Map<number, Row[]>();
  /** Pages fetched since the last refresh; older pages are shown but refetched when in view. */
  private readonly fresh = new Set<number>();
  private readonly loading = new Set<number>();
  /** cursorFor[p]: the cursor that fetches page p (given by page p-1). */
  private readonly cursorFor = new Map<number, string>();
  private readonly listeners = new Set<() => void>();
  private generation = 0;
  private totalRows: number | null = null;
  private lastRange: [number, number] = [0, 0];
  private pinned: number | null = null;
  private failure: unknown = null;
  private version = 0;

  constructor(
    private readonly fetchPage: FetchPage<Row>,
    readonly pageSize = 100,
    /** Pages kept in memory; the ones farthest from the view go first (100,000 rows would be ~50 MB). */
    private readonly maxPages = 50,
  ) {}

  /** Row count, or null before the first page arrived. */
  get total(): number | null {
    return this.totalRows;
  }

  /** The last load failure, cleared by the next successful load. */
  get error(): unknown {
    return this.failure;
  }

  /** Changes whenever rows, total or error change (for useSyncExternalStore). */
  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(index: number): Row | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /**
   * Asks for every page touching rows first…last (inclusive) that is missing or stale, and for the
   * page holding `pinned` (the selected row, which may lie far outside the rows in view).
   */
  ensureRange(first: number, last: number, pinned: number | null = null): void {
    this.lastRange = [first, last];
    this.pinned = pinned;
    // Before the first answer only the first page of the range is asked for: the list may be shorter.
    const maxRow = this.totalRows === null ? Math.max(first, 0) : this.totalRows - 1;
    const lo = Math.max(0, Math.min(first, maxRow));
    const hi = Math.max(lo, Math.min(last, maxRow));
    const pages = new Set<number>();
    for (let page = Math.floor(lo / this.pageSize); page <= Math.floor(hi / this.pageSize); page++)
      pages.add(page);
    if (pinned !== null && pinned >= 0 && this.totalRows !== null && pinned <= maxRow) {
      pages.add(Math.floor(pinned / this.pageSize));
    }
    for (const page of pages) if (!this.fresh.has(page)) this.load(page);
  }

  /** The data changed on the server: refetch what is in view, keep showing the old rows meanwhile. */
  refresh(): void {
    this.generation++;
    this.fresh.clear();
    this.loading.clear();
    // Cursors encode positions in the old ordering; offsets are safe until new cursors arrive.
    this.cursorFor.clear();
    this.ensureRange(...this.lastRange, this.pinned);
  }

  /** Whether row `index` was fetched since the last refresh (so it shows the data as it is now). */
  isFresh(index: number): boolean {
    return this.totalRows !== null && this.fresh.has(Math.floor(index / this.pageSize));
  }

  /** Index of the first fresh row that passes `test`, or null; stale and missing pages are not searched. */
  findFresh(test: (row: Row) => boolean): number | null {
    for (const page of [...this.fresh].sort((a, b) => a - b)) {
      const at = this.pages.get(page)?.findIndex(test) ?? -1;
      if (at >= 0) return page * this.pageSize + at;
    }
    return null;
  }

  /** Whether page `page` is being fetched (for tests and for "loading" hints). */
  isLoading(page: number): boolean {
    return this.loading.has(page);
  }

  private load(page: number): void {
    if (this.loading.has(page)) return;
    this.loading.add(page);
    const generation = this.generation;
    const cursor = page === 0 ? null : (this.cursorFor.get(page) ?? null);
    const offset = page === 0 || cursor !== null ? null : page * this.pageSize;
    this.fetchPage({ cursor, offset, limit: this.pageSize }).then(
      (result) => {
        if (generation !== this.generation) return;
        this.loading.delete(page);
        this.fresh.add(page);
        this.pages.set(page, result.rows);
        this.evictFarPages();
        if (result.nextCursor !== null) this.cursorFor.set(page + 1, result.nextCursor);
        this.applyTotal(result.total);
        this.failure = null;
        this.changed();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.loading.delete(page);
        this.failure = error;
        this.changed();
      },
    );
  }

  private applyTotal(total: number): void {
    const hadTotal = this.totalRows !== null;
    this.totalRows = total;
    // The list shrank: pages past the end are gone.
    const pageCount = Math.ceil(total / this.pageSize);
    for (const page of [...this.pages.keys()]) {
      if (page >= pageCount) {
        this.pages.delete(page);
        this.fresh.delete(page);
      }
    }
    // The first answer tells how far the rows the caller asked for really reach.
    if (!hadTotal) this.ensureRange(...this.lastRange, this.pinned);
  }

  private evictFarPages(): void {
    if (this.pages.size <= this.maxPages) return;
    const center = Math.floor((this.lastRange[0] + this.lastRange[1]) / 2 / this.pageSize);
    const pinnedPage = this.pinned === null ? null : Math.floor(this.pinned / this.pageSize);
    const byDistance = [...this.pages.keys()]
      .filter((page) => page !== pinnedPage)
      .sort((a, b) => Math.abs(b - center) - Math.abs(a - center));
    for (const page of byDistance.slice(0, this.pages.size - this.maxPages)) {
      this.pages.delete(page);
      this.fresh.delete(page);
    }
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
