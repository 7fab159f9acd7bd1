import type { ActionId } from '../../shared/domain';

export type Handler = () => void;

/**
 * How long an action asked for "as soon as it can run" waits for a handler: long enough for the next
 * screen to mount (the palette's "Team" from Settings first opens the inbox), short enough that a
 * forgotten request never fires out of the blue later.
 */
export const WAIT_FOR_HANDLER_MS = 1000;

/**
 * Handlers per action. Screens mount and unmount, so each action holds a stack: the most recently
 * mounted handler wins, and the one below takes over when it unmounts. Keys, the command palette and
 * anything else that runs an action go through `run`, so an action means the same thing however it
 * was asked for.
 */
export class ActionRegistry {
  private readonly stacks = new Map<ActionId, Array<{ current: Handler }>>();
  private waiting: { action: ActionId; since: number } | null = null;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Registers a handler (read through the ref, so it may change without re-registering); returns its removal. */
  add(action: ActionId, ref: { current: Handler }): () => void {
    const stack = this.stacks.get(action) ?? [];
    stack.push(ref);
    this.stacks.set(action, stack);
    if (this.waiting?.action === action) {
      const fresh = this.now() - this.waiting.since <= WAIT_FOR_HANDLER_MS;
      this.waiting = null;
      if (fresh) ref.current();
    }
    return () => {
      const i = stack.indexOf(ref);
      if (i >= 0) stack.splice(i, 1);
    };
  }

  /** Whether the action does something here and now. */
  has(action: ActionId): boolean {
    return (this.stacks.get(action)?.length ?? 0) > 0;
  }

  /** Runs the action's current handler; false when nothing on screen handles it. */
  run(action: ActionId): boolean {
    const handler = this.stacks.get(action)?.at(-1)?.current;
    if (!handler) return false;
    this.waiting = null;
    handler();
    return true;
  }

  /** Runs the action now, or else as soon as a handler for it appears (within WAIT_FOR_HANDLER_MS). */
  runWhenReady(action: ActionId): void {
    if (!this.run(action)) this.waiting = { action, since: this.now() };
  }
}
