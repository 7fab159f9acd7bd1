import { describe, expect, it } from 'vitest';
import { censusOf, heapGrowth, objectBytes } from '../../bench/heapSnapshot';

/** A DevTools heap snapshot in its flat form: nodes as [type, name, self_size] triples. */
function snapshot(nodes: [type: number, name: number, size: number][]) {
  return {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'self_size'],
        node_types: [['object', 'code'] as string[]] as [string[]],
      },
    },
    nodes: nodes.flat(),
    strings: ['Row', 'InstructionStream', 'Listener'],
  };
}

describe('what grew in the renderer heap', () => {
  it('counts objects by constructor and keeps compiled code apart from the app’s own objects', () => {
    const before = censusOf(
      snapshot([
        [0, 0, 100],
        [1, 1, 1000],
      ]),
    );
    const after = censusOf(
      snapshot([
        [0, 0, 100],
        [0, 0, 100],
        [1, 1, 3048],
        [0, 2, 50],
      ]),
    );
    expect(before.get('object:Row')).toEqual({ count: 1, bytes: 100 });
    const growth = heapGrowth(before, after);
    expect(growth.codeKb).toBe(2);
    expect(growth.withoutCodeKb).toBe(0.1);
    expect(growth.top[0]).toEqual({ what: 'code:InstructionStream', count: 0, kb: 2 });
    expect(growth.top.map((g) => g.what)).toContain('object:Listener');
  });

  it('counts what disappeared as shrinkage', () => {
    const before = censusOf(snapshot([[0, 2, 2048]]));
    const after = censusOf(snapshot([]));
    expect(heapGrowth(before, after).withoutCodeKb).toBe(-2);
  });

  it('measures the heap’s objects without the compiled code', () => {
    const census = censusOf(
      snapshot([
        [0, 0, 100],
        [1, 1, 5000],
        [0, 2, 50],
      ]),
    );
    expect(objectBytes(census)).toBe(150);
  });
});
