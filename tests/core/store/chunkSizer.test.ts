import { describe, expect, it } from 'vitest';
import { ChunkSizer } from '../../../src/core/store/chunkSizer';

const limits = { first: 200, min: 20, max: 5000, budgetMs: 20 };

describe('write transactions sized to a time budget', () => {
  it('cuts the size at once after a slow transaction, whatever its size was meant to be', () => {
    const sizer = new ChunkSizer(limits);
    for (let i = 0; i < 60; i++) sizer.record(sizer.size, 2);
    expect(sizer.size).toBe(5000);
    // A page shorter than the size, still too slow: sized from the rows it really held.
    sizer.record(1000, 50);
    expect(sizer.size).toBe(400);
  });

  it('comes back up a tenth at a time, and a short fast transaction says nothing', () => {
    const sizer = new ChunkSizer(limits);
    sizer.record(200, 40);
    expect(sizer.size).toBe(100);
    sizer.record(100, 1);
    expect(sizer.size).toBe(111);
    sizer.record(10, 0.1);
    expect(sizer.size).toBe(111);
  });

  it('never goes below its minimum', () => {
    const sizer = new ChunkSizer(limits);
    sizer.record(200, 10_000);
    expect(sizer.size).toBe(20);
  });
});
