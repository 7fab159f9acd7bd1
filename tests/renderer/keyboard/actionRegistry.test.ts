import { describe, expect, it } from 'vitest';
import { ActionRegistry, WAIT_FOR_HANDLER_MS } from '../../../src/renderer/keyboard/actionRegistry';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('running an action (keys and the palette)', () => {
  it('runs the most recently mounted handler, and the one below when it unmounts', () => {
    const registry = new ActionRegistry();
    const calls: string[] = [];
    registry.add('nav.back', { current: () => calls.push('app') });
    const remove = registry.add('nav.back', { current: () => calls.push('case') });
    expect(registry.run('nav.back')).toBe(true);
    remove();
    expect(registry.run('nav.back')).toBe(true);
    expect(calls).toEqual(['case', 'app']);
  });

  it('says when nothing on screen handles an action', () => {
    const registry = new ActionRegistry();
    expect(registry.has('case.resolve')).toBe(false);
    expect(registry.run('case.resolve')).toBe(false);
    const remove = registry.add('case.resolve', { current: () => undefined });
    expect(registry.has('case.resolve')).toBe(true);
    remove();
    expect(registry.has('case.resolve')).toBe(false);
  });

  it('runs the handler as it is now, not as it was registered', () => {
    const registry = new ActionRegistry();
    const ref = { current: () => 'old' as unknown as void };
    const seen: string[] = [];
    registry.add('list.next', ref);
    ref.current = () => void seen.push('new');
    registry.run('list.next');
    expect(seen).toEqual(['new']);
  });

  it('an action asked for before its screen is there runs once the screen mounts', () => {
    const time = clock();
    const registry = new ActionRegistry(time.now);
    let ran = 0;
    registry.runWhenReady('go.team');
    expect(ran).toBe(0);
    time.advance(50);
    registry.add('go.team', { current: () => ran++ });
    expect(ran).toBe(1);
    // Only once: the next screen that mounts does not run it again.
    registry.add('go.team', { current: () => ran++ });
    expect(ran).toBe(1);
  });

  it('a request nobody took in time is dropped rather than run out of the blue later', () => {
    const time = clock();
    const registry = new ActionRegistry(time.now);
    let ran = 0;
    registry.runWhenReady('go.team');
    time.advance(WAIT_FOR_HANDLER_MS + 1);
    registry.add('go.team', { current: () => ran++ });
    expect(ran).toBe(0);
  });

  it('runs at once when the handler is already there', () => {
    const registry = new ActionRegistry();
    let ran = 0;
    registry.add('go.mine', { current: () => ran++ });
    registry.runWhenReady('go.mine');
    expect(ran).toBe(1);
  });
});
