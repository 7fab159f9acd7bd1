import { describe, expect, it } from 'vitest';
import { PageCache, type Page, type PageRequest } from '../../src/renderer/features/inbox/pageCache';

/** A list of `total` numbered rows behind a fake API whose answers the test releases by hand. */
function fakeServer(total: number) {
  const requests: { request: PageRequest; resolve(): void; fail(): void }[] = [];
  let rows = Array.from({ length: total }, (_, i) => `row ${i}`);
  const fetchPage = (request: PageRequest) =>
    new Promise<Page<string>>((resolve, reject) => {
      const start = request.cursor !== null ? Number(request.cursor) : (request.offset ?? 0);
      requests.push({
        request,
        resolve: () => {
          const end = start + request.limit;
          resolve({
            rows: rows.slice(start, end),
            total: rows.length,
            nextCursor: end < rows.length ? String(end) : null,
          });
        },
        fail: () => reject(new Error('offline')),
      });
    });
  return {
    fetchPage,
    requests,
    setRows(next: string[]) {
      rows = next;
    },
    async answerAll() {
      while (requests.length > 0) {
        requests.shift()!.resolve();
        await Promise.resolve();
        await Promise.resolve();
      }
    },
  };
}

describe('inbox page cache', () => {
  it('loads the first page, then knows how many rows there are', async () => {
    const server = fakeServer(250);
    const cache = new PageCache(server.fetchPage, 100);
    cache.ensureRange(0, 20);
    expect(server.requests.map((r) => r.request)).toEqual([{ cursor: null, offset: null, limit: 100 }]);
    await server.answerAll();
    expect(cache.total).toBe(250);
    expect(cache.get(0)).toBe('row 0');
    expect(cache.get(99)).toBe('row 99');
    expect(cache.get(100)).toBeUndefined();
  });

  it('pages on with the cursor while scrolling down', async () => {
    const server = fakeServer(250);
    const cache = new PageCache(server.fetchPage, 100);
    cache.ensureRange(0, 20);
    await server.answerAll();
    cache.ensureRange(90, 110);
    expect(server.requests.map((r) => r.request)).toEqual([{ cursor: '100', offset: null, limit: 100 }]);
    await server.answerAll();
    expect(cache.get(150)).toBe('row 150');
  });

  it('jumps far by offset, without loading the pages in between', async () => {
    const server = fakeServer(100_000);
    const cache = new PageCache(server.fetchPage, 100);
    cache.ensureRange(0, 20);
    await server.answerAll();
    cache.ensureRange(99_980, 99_999);
    expect(server.requests.map((r) => r.request)).toEqual([{ cursor: null, offset: 99_900, limit: 100 }]);
    await server.answerAll();
    expect(cache.get(99_999)).toBe('row 99999');
    expect(cache.get(5_000)).toBeUndefined();
  });

  it('loads the selected row far from view without the pages in between (End on 100,000 rows)', async () => {
    const server = fakeServer(100_000);
    const cache = new PageCache(server.fetchPage, 100);
    cache.ensureRange(0, 20, 0);
    await server.answerAll();
    cache.ensureRange(0, 20, 99_999);
    expect(server.requests.map((r) => r.request)).toEqual([{ cursor: null, offset: 99_900, limit: 100 }]);
    await server.answerAll();
    expect(cache.get(99_999)).toBe('row 99999');
  });

  it("never forgets the selected row's page to save memory", async () => {
    const server = fakeServer(10_000);
    const cache = new PageCache(server.fetchPage, 100, 2);
    cache.ensureRange(0, 50, 5_000);
    await server.answerAll();
    for (const first of [100, 200, 300]) {
      cache.ensureRange(first, first + 50, 5_000);
      await server.answerAll();
    }
    expect(cache.get(5_000)).toBe('row 5000');
    expect(cache.get(350)).toBe('row 350');
  });

  it('asks for a page only once while it is loading', () => {
    const server = fakeServer(250);
    const cache = new PageCache(server.fetchPage, 100);
    cache.ensureRange(0, 20);
    cache.ensureRange(0, 30);
    cache.ensureRange(5, 10);
    expect(server.requests).toHaveLength(1);
  });

  it('never asks for rows past the end', async () => {
    const server = fakeServer(120);
    const cache = new PageCache(server.fetchPage, 100);
    cache.ensureRange(0, 500);
    await server.answerAll();
    expect(cache.total).toBe(120);
    expect(cache.get(119)).toBe('row 119');
    cache.ensureRange(0, 500);
    expect(server.requests).toHaveLength(0);
  });

  it('keeps showing old rows during a refresh and then shows the new ones', async () => {
    const server = fakeServer(150);
    const cache = new PageCache(server.fetchPage, 100);
    cache.ensureRange(0, 20);
    await server.answerAll();
    server.setRows(['new first', ...Array.from({ length: 150 }, (_, i) => `row ${i}`)]);
    cache.refresh();
    expect(cache.get(0)).toBe('row 0');
    await server.answerAll();
    expect(cache.get(0)).toBe('new first');
    expect(cache.total).toBe(151);
  });

  it('drops an answer to a request made before a refresh', async () => {
    const server = fakeServer(150);
    const cache = new PageCache(server.fetchPage, 100);
    cache.ensureRange(0, 20);
    const stale = server.requests.shift()!;
    server.setRows(['fresh']);
    cache.refresh();
    await server.answerAll();
    stale.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(cache.get(0)).toBe('fresh');
    expect(cache.total).toBe(1);
  });

  it('refreshes an empty list too, so new cases show up', async () => {
    const server = fakeServer(0);
    const cache = new PageCache(server.fetchPage, 100);
    cache.ensureRange(0, 20);
    await server.answerAll();
    expect(cache.total).toBe(0);
    server.setRows(['arrived']);
    cache.refresh();
    await server.answerAll();
    expect(cache.total).toBe(1);
  });

  it('tells listeners about changes and remembers a failure', async () => {
    const server = fakeServer(10);
    const cache = new PageCache(server.fetchPage, 100);
    let calls = 0;
    cache.subscribe(() => calls++);
    cache.ensureRange(0, 5);
    server.requests.shift()!.fail();
    await Promise.resolve();
    await Promise.resolve();
    expect(cache.error).toBeInstanceOf(Error);
    expect(calls).toBe(1);
    cache.ensureRange(0, 5);
    await server.answerAll();
    expect(cache.error).toBeNull();
    expect(cache.get(9)).toBe('row 9');
    expect(calls).toBe(2);
  });

  it('keeps memory bounded by forgetting the pages farthest from view', async () => {
    const server = fakeServer(10_000);
    const cache = new PageCache(server.fetchPage, 100, 3);
    for (const first of [0, 100, 200, 300, 400]) {
      cache.ensureRange(first, first + 50);
      await server.answerAll();
    }
    expect(cache.get(450)).toBe('row 450');
    expect(cache.get(250)).toBe('row 250');
    expect(cache.get(0)).toBeUndefined();
    expect(cache.get(100)).toBeUndefined();
  });
});
