import { describe, expect, it } from 'vitest';
import { oneInFlight, type Outcome } from '../../../src/renderer/features/search/oneInFlight';

/** A server whose replies the test releases one at a time. */
function heldServer() {
  const asked: string[] = [];
  const replies: ((ok: boolean) => void)[] = [];
  const run = (q: string) =>
    new Promise<string>((resolve, reject) => {
      asked.push(q);
      replies.push((ok) => (ok ? resolve(`hits for ${q}`) : reject(new Error('offline'))));
    });
  const release = async (ok = true) => {
    replies.shift()?.(ok);
    // Lets the reply's callbacks run, and with them the next send.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { asked, run, release };
}

describe('search as you type asks with no delay, one question at a time', () => {
  it('sends the first keystroke at once, and only the newest text typed while it was out', async () => {
    const server = heldServer();
    const answers: [string, Outcome<string>][] = [];
    const asker = oneInFlight(server.run, (q, outcome) => answers.push([q, outcome]));

    asker.ask('f');
    expect(server.asked).toEqual(['f']);
    asker.ask('fa');
    asker.ask('fak');
    asker.ask('fakt');
    expect(server.asked).toEqual(['f']);

    await server.release();
    expect(server.asked).toEqual(['f', 'fakt']);
    await server.release();
    expect(answers).toEqual([
      ['f', { ok: true, value: 'hits for f' }],
      ['fakt', { ok: true, value: 'hits for fakt' }],
    ]);
  });

  it('goes on after a failed request, and forgets what waits when the box is cleared', async () => {
    const server = heldServer();
    const answers: [string, Outcome<string>][] = [];
    const asker = oneInFlight(server.run, (q, outcome) => answers.push([q, outcome]));

    asker.ask('bj');
    asker.ask('bjo');
    await server.release(false);
    expect(answers).toEqual([['bj', { ok: false }]]);
    expect(server.asked).toEqual(['bj', 'bjo']);

    asker.ask('bjor');
    asker.dropWaiting();
    await server.release();
    await server.release();
    expect(server.asked).toEqual(['bj', 'bjo']);
  });
});
