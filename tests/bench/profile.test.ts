import { describe, expect, it } from 'vitest';
import { moduleAt, moduleMarkers, summarizeProfile, type CpuProfile } from '../../bench/profile';

describe('CPU profile summaries', () => {
  it('maps a line of the unminified bundle back to the module it came from', () => {
    const bundle = [
      '// \0rolldown/runtime.js',
      'x',
      '// node_modules/react/index.js',
      'y',
      'z',
      '// src/renderer/App.tsx',
      'w',
    ].join('\n');
    const markers = moduleMarkers(bundle);
    expect(markers.map((m) => m.path)).toEqual([
      'rolldown/runtime.js',
      'node_modules/react/index.js',
      'src/renderer/App.tsx',
    ]);
    expect(moduleAt(markers, 4)).toBe('node_modules/react/index.js');
    expect(moduleAt(markers, 6)).toBe('src/renderer/App.tsx');
  });

  it('charges self time to the sampled function and total time to the own code that called it', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 1 });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2] },
        { id: 2, callFrame: frame('openCase', 'app.js'), children: [3] },
        { id: 3, callFrame: frame('format', 'lib.js') },
      ],
      samples: [3, 3, 2, 3],
      timeDeltas: [1000, 1000, 1000, 1000],
      startTime: 0,
      endTime: 4000,
    };
    const sourceOf = (url: string) => (url === 'app.js' ? 'src/renderer/case.ts' : 'node_modules/lib.js');
    const summary = summarizeProfile('case', profile, sourceOf);
    expect(summary.totalMs).toBe(4);
    expect(summary.byFile).toEqual([
      { file: 'node_modules/lib.js', selfMs: 3, share: 75 },
      { file: 'src/renderer/case.ts', selfMs: 1, share: 25 },
    ]);
    expect(summary.ownByTotal).toEqual([
      { fn: 'openCase', file: 'src/renderer/case.ts', totalMs: 4, share: 100 },
    ]);
  });
});
