import { describe, expect, it } from 'vitest';
import { ChunkSizer } from '../../../src/core/store/chunkSizer';

const limits = { first: 200, min: 20, max: 5000, budgetMs: 25 };

describe('write transactions sized to a time budget', () => {
  it('cuts a chunk that ran over to what would have fit, whatever its size was meant to be', () => {
    const sizer = new ChunkSizer(limits);
    for (let i = 0; i < 20; i++) sizer.record(sizer.size, 5);
    expect(sizer.size).toBe(5000);
    // A page shorter than the size, still too slow: the next chunk is sized from the rows it really held.
    sizer.record(1000, 50);
    expect(sizer.size).toBe(500);
  });

  it('grows by a quarter at most, and not after a short chunk', () => {
    const sizer = new ChunkSizer(limits);
    sizer.record(200, 1);
    expect(sizer.size).toBe(250);
    sizer.record(100, 1);
    expect(sizer.size).toBe(250);
    sizer.record(250, 20);
    expect(sizer.size).toBe(313);
  });

  it('never goes below its minimum', () => {
    const sizer = new ChunkSizer(limits);
    sizer.record(200, 10_000);
    expect(sizer.size).toBe(100);
    sizer.record(100, 10_000);
    sizer.record(50, 10_000);
    sizer.record(25, 10_000);
    expect(sizer.size).toBe(20);
  });
});
