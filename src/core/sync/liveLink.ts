import type { Timers } from '../scheduler/timers';
import { backoffDelay } from './backoff';
import type { HubConnection, LiveChannel } from './hubConnection';

export interface LiveLinkOptions {
  timers: Timers;
  random: () => number;
  /** The channel opened (again): pokes may have been missed meanwhile. */
  onOpen(): void;
  onPoke(): void;
  onSessionEnded(): void;
}

/**
 * Keeps the hub's live channel open while the desk is signed in: reconnects with backoff when it
 * drops, stops for good when the hub says the session ended.
 */
export class LiveLink {
  private channel: LiveChannel | null = null;
  /** The channel is open now: pokes will come. */
  open = false;
  private cancelRetry: (() => void) | null = null;
  private failures = 0;
  /** Bumped on every start and stop: events of an older channel are ignored. */
  private generation = 0;

  constructor(private readonly options: LiveLinkOptions) {}

  start(connection: HubConnection, token: string): void {
    this.stop();
    const generation = this.generation;
    const open = (): void => {
      this.cancelRetry = null;
      if (generation !== this.generation) return;
      this.channel = connection.live(token, {
        onOpen: () => {
          if (generation !== this.generation) return;
          this.failures = 0;
          this.open = true;
          this.options.onOpen();
        },
        onPoke: () => {
          if (generation === this.generation) this.options.onPoke();
        },
        onClose: (sessionEnded) => {
          if (generation !== this.generation) return;
          this.channel = null;
          this.open = false;
          if (sessionEnded) {
            this.options.onSessionEnded();
            return;
          }
          this.failures += 1;
          this.cancelRetry = this.options.timers.set(open, backoffDelay(this.failures, this.options.random));
        },
      });
    };
    open();
  }

  stop(): void {
    this.generation += 1;
    this.failures = 0;
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.channel?.close();
    this.channel = null;
    this.open = false;
  }
}
