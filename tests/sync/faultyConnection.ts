import { HubRequestError, type HubConnection } from '../../src/core/sync/hubConnection';
import type { PushRequest } from '../../src/shared/sync';

/** A small seeded generator (mulberry32): the same run makes the same faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface FaultPlan {
  /** Every request fails: the network is cut. */
  cut: boolean;
  /** Chance per request of each fault while the network is up. */
  chance: number;
}

type Fault = 'none' | 'lose_request' | 'lose_reply' | 'duplicate' | 'replay_stale';

/**
 * The real connection to the hub, with the network of a bad day in between: requests lost before
 * they arrive, replies lost after the hub acted, requests delivered twice, and old pushes of this
 * desk arriving again out of order (before the current one). The live channel stays silent: tests
 * decide when a desk pulls.
 */
export class FaultyConnection implements HubConnection {
  readonly plan: FaultPlan = { cut: false, chance: 0 };
  /** Every push that reached the hub, for replaying later. */
  readonly delivered: { token: string; request: PushRequest }[] = [];

  constructor(
    private readonly inner: HubConnection,
    private readonly random: () => number,
  ) {}

  private fault(): Fault {
    if (this.plan.cut) return 'lose_request';
    const roll = this.random();
    const faults: Fault[] = ['lose_request', 'lose_reply', 'duplicate', 'replay_stale'];
    const index = Math.floor(roll / this.plan.chance);
    return faults[index] ?? 'none';
  }

  private async deliver<T>(send: () => Promise<T>, stale?: () => Promise<unknown>): Promise<T> {
    const fault = this.fault();
    if (fault === 'lose_request') throw new HubRequestError('unreachable', 'network: request lost');
    if (fault === 'replay_stale' && stale !== undefined) await stale().catch(() => undefined);
    const reply = await send();
    if (fault === 'duplicate') return send();
    if (fault === 'lose_reply') throw new HubRequestError('unreachable', 'network: reply lost');
    return reply;
  }

  login: HubConnection['login'] = (request) => this.deliver(() => this.inner.login(request));

  logout: HubConnection['logout'] = (token) => this.deliver(() => this.inner.logout(token));

  push: HubConnection['push'] = (token, request) => {
    const old = this.delivered[Math.floor(this.random() * this.delivered.length)];
    return this.deliver(
      async () => {
        const reply = await this.inner.push(token, request);
        this.delivered.push({ token, request });
        return reply;
      },
      old === undefined ? undefined : () => this.inner.push(old.token, old.request),
    );
  };

  pull: HubConnection['pull'] = (token, request) => this.deliver(() => this.inner.pull(token, request));

  live: HubConnection['live'] = () => ({ close: () => undefined });
}
