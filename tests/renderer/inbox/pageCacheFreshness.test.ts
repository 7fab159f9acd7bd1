import { describe, expect, it } from 'vitest';
import { PageCache, type Page, type PageRequest } from '../../../src/renderer/features/inbox/pageCache';

/** Rows behind a fake API that answers when told to. */
function server(initial: string[]) {
  let rows = initial;
  const waiting: (() => void)[] = [];
  const fetchPage = (request: PageRequest) =>
    new Promise<Page<{ id: string }>>((resolve) => {
      const start = request.cursor !== null ? Number(request.cursor) : (request.offset ?? 0);
      waiting.push(() => {
        const end = start + request.limit;
        resolve({
          rows: rows.slice(start, end).map((id) => ({ id })),
          total: rows.length,
          nextCursor: end < rows.length ? String(end) : null,
        });
      });
    });
  return {
    fetchPage,
    setRows: (next: string[]) => (rows = next),
    async answerAll() {
      while (waiting.length > 0) {
        waiting.shift()!();
        await Promise.resolve();
        await Promise.resolve();
      }
    },
  };
}

describe('page cache freshness', () => {
  it('tells rows fetched since the last refresh from rows still shown from before', async () => {
    const api = server(['a', 'b', 'c', 'd']);
    const cache = new PageCache(api.fetchPage, 2);
    cache.ensureRange(0, 3);
    expect(cache.isFresh(0)).toBe(false);
    await api.answerAll();
    expect(cache.isFresh(0)).toBe(true);
    expect(cache.isFresh(3)).toBe(true);

    api.setRows(['a', 'c', 'd']);
    cache.refresh();
    expect(cache.isFresh(0)).toBe(false);
    expect(cache.get(1)).toEqual({ id: 'b' });
    await api.answerAll();
    expect(cache.isFresh(1)).toBe(true);
    expect(cache.get(1)).toEqual({ id: 'c' });
  });

  it('finds a case among fresh rows only', async () => {
    const api = server(['a', 'b', 'c', 'd']);
    const cache = new PageCache(api.fetchPage, 2);
    cache.ensureRange(0, 3);
    await api.answerAll();
    expect(cache.findFresh((row) => row.id === 'd')).toBe(3);
    cache.refresh();
    expect(cache.findFresh((row) => row.id === 'd')).toBeNull();
    await api.answerAll();
    expect(cache.findFresh((row) => row.id === 'd')).toBe(3);
    expect(cache.findFresh((row) => row.id === 'z')).toBeNull();
  });
});
