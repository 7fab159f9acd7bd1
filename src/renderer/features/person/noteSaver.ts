/** The person note as the editor holds it: Lexical JSON and its plain text. */
export interface NoteContent {
  rich: string;
  text: string;
}

/** What the store kept after a save (it may differ from what was sent: a conflict copy was added). */
export interface SavedNote {
  rich: string | null;
  text: string;
}

export type NoteSaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface NoteSaverOptions {
  /** How long after the last keystroke a save starts. */
  delayMs: number;
  /** The note text as it was loaded: the base the first save says it started from. */
  baseText: string | null;
  save(content: NoteContent, baseText: string | null): Promise<SavedNote>;
  onStatus(status: NoteSaveStatus): void;
  /** The editor should show the store's note: it kept a conflict copy, or someone else changed the note. */
  onReplaced(note: SavedNote): void;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/**
 * Saves the person note a moment after the agent stops typing, one save at a time, and always the latest
 * text. Each save names the text it started from (the loaded note, then what the last save stored), so an
 * edit made elsewhere in between becomes a conflict copy in the store instead of being overwritten.
 */
export class NoteSaver {
  private latest: NoteContent | null = null;
  private base: string | null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private status: NoteSaveStatus = 'idle';

  constructor(private readonly options: NoteSaverOptions) {
    this.base = options.baseText;
  }

  /** The editor changed; save once typing pauses. */
  change(content: NoteContent): void {
    this.latest = content;
    this.setStatus(this.inFlight ? 'saving' : 'pending');
    this.cancelTimer();
    this.timer = this.options.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, this.options.delayMs);
  }

  /** Saves what is waiting now (leaving the screen, a retry); resolves when nothing unsaved is left or a save failed. */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    const content = this.latest;
    if (!content) return;
    this.latest = null;
    this.inFlight = this.saveOnce(content);
    await this.inFlight;
    this.inFlight = null;
    if (this.latest && this.status !== 'failed' && this.timer === null) await this.flush();
  }

  /**
   * The store's note changed (another agent, a sync). When nothing here is unsaved and the agent is not in
   * the editor, the editor shows the new note and later saves start from it; otherwise the next save
   * starts from the old text and the store keeps both versions.
   */
  storeChanged(note: SavedNote, editing: boolean): void {
    if (note.text === this.base || this.hasUnsaved() || editing) return;
    this.base = note.text;
    this.options.onReplaced(note);
  }

  /** What the store held when this editor last loaded or saved the note. */
  baseText(): string | null {
    return this.base;
  }

  hasUnsaved(): boolean {
    return this.latest !== null || this.inFlight !== null;
  }

  private async saveOnce(content: NoteContent): Promise<void> {
    this.setStatus('saving');
    try {
      const saved = await this.options.save(content, this.base);
      this.base = saved.text;
      if (this.latest) return;
      this.setStatus('saved');
      if (saved.text !== content.text) this.options.onReplaced(saved);
    } catch {
      // Keep the text: the next keystroke or "Try again" saves it (unless newer text replaced it already).
      this.latest ??= content;
      this.setStatus('failed');
    }
  }

  private setStatus(status: NoteSaveStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.options.onStatus(status);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.options.clearTimer(this.timer);
    this.timer = null;
  }
}
