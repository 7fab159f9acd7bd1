/** One editor's draft as stored: serialized rich text and its plain text. */
export interface DraftContent {
  content: string;
  text: string;
}

/** Where a draft goes (drafts.save / drafts.discard for one case and mode). */
export interface DraftStore {
  save(draft: DraftContent): Promise<unknown>;
  discard(): Promise<unknown>;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Quiet time after the last keystroke before the draft is written. PRODUCT.md promises drafts are never
 * lost; a crash loses at most this much typing. The write itself is local (well under 50 ms).
 */
export const DRAFT_DEBOUNCE_MS = 250;

export interface DraftAutosaveOptions {
  /** Whether a draft is stored already (one was loaded), so clearing the editor must remove it. */
  stored: boolean;
  delayMs?: number;
  timers?: Timers;
  onSaved?(): void;
  onDiscarded?(): void;
  onError?(error: unknown): void;
}

const isEmpty = (draft: DraftContent) => draft.text.trim() === '';

/**
 * Debounced autosave of one editor's draft. Every change restarts the wait; when typing pauses the
 * latest content is saved, or the stored draft removed when the editor is empty. `flush` writes at once
 * (leaving the case, closing the window); `cancel` forgets what waits (the text was just sent).
 */
export class DraftAutosave {
  private waiting: DraftContent | null = null;
  private timer: unknown = null;
  private stored: boolean;
  private readonly delayMs: number;
  private readonly timers: Timers;

  constructor(
    private readonly store: DraftStore,
    private readonly options: DraftAutosaveOptions,
  ) {
    this.stored = options.stored;
    this.delayMs = options.delayMs ?? DRAFT_DEBOUNCE_MS;
    this.timers = options.timers ?? {
      setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
  }

  /** The editor changed: write this content once typing pauses. */
  change(draft: DraftContent): void {
    this.stopTimer();
    // An empty editor with nothing stored needs no write (a click into the editor, a cleared send).
    if (isEmpty(draft) && !this.stored) {
      this.waiting = null;
      return;
    }
    this.waiting = draft;
    this.timer = this.timers.setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes what waits now; resolves when it is stored. */
  async flush(): Promise<void> {
    this.stopTimer();
    const draft = this.waiting;
    this.waiting = null;
    if (draft === null) return;
    // Counted as stored from the moment the write is sent, so an editor emptied meanwhile still removes it.
    this.stored = !isEmpty(draft);
    try {
      if (isEmpty(draft)) {
        await this.store.discard();
        this.options.onDiscarded?.();
      } else {
        await this.store.save(draft);
        this.options.onSaved?.();
      }
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  /** Forgets what waits without writing it. */
  cancel(): void {
    this.stopTimer();
    this.waiting = null;
  }

  /** Removes the stored draft now (after a successful send). */
  async discard(): Promise<void> {
    this.cancel();
    this.stored = false;
    try {
      await this.store.discard();
      this.options.onDiscarded?.();
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private stopTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
