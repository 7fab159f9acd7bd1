import type { Browser, Locator, Page } from 'playwright-core';
import { newProbedPage, probe } from '../browser';
import { failed, measured, metrics, notApplicable } from '../catalog';
import { LOAD_TIMEOUT_MS, openInbox, pressAndMeasure, pressAtRate, STEP_TIMEOUT_MS } from '../desk';
import { profiler } from '../profile';
import type { MetricResult } from '../resultSchema';
import { sleep } from '../timeout';
import { summarize } from '../stats';
import { longNote, NOTE_WORDS } from './longNote';

const TYPING_PER_SECOND = 30;
const EDITOR_WAIT_MS = 3000;

/** Letters and spaces, as a person types a sentence at the end of the note. */
function typedKeys(count: number): string[] {
  const sentence = ' och sedan ringde jag tillbaka';
  return Array.from({ length: count }, (_, i) => {
    const ch = sentence[i % sentence.length] as string;
    return ch === ' ' ? 'Space' : ch;
  });
}

/**
 * Writes the long note into the box paragraph by paragraph (text, then Enter, as a person's note is made: one
 * huge paragraph would make every keystroke cost the whole note), then times `keys` keystrokes at its end.
 */
async function typeInto(page: Page, box: Locator, keys: number): Promise<number[]> {
  await box.focus({ timeout: LOAD_TIMEOUT_MS });
  for (const [i, paragraph] of longNote().entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
  await page.keyboard.press('Control+End');
  await sleep(300);
  if (!(await probe<boolean>(page, 'markFocused()'))) throw new Error('the editor did not keep the focus');
  await probe(page, `watchKeys('[data-bench-target]')`);
  await pressAtRate(page, typedKeys(keys), TYPING_PER_SECOND);
  await sleep(300);
  const run = await probe<{ latencies: number[] } | null>(page, 'stopKeys()');
  return run?.latencies ?? [];
}

async function plainContentEditable(browser: Browser, url: string, keys: number): Promise<number[]> {
  const { context, page } = await newProbedPage(browser);
  try {
    await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
    return await typeInto(page, page.getByRole('textbox', { name: 'Internal note' }), keys);
  } finally {
    await context.close();
  }
}

/**
 * Typing at the end of a 10,000-word internal note: keydown → paint after the editor's DOM changed, against a
 * plain contenteditable given the same text and keys. Not applicable while no textbox named "Internal note"
 * appears on a case (after `n`).
 */
export async function measureEditorTyping(
  browser: Browser,
  deskUrl: string,
  plainEditorUrl: string,
  keys: number,
): Promise<MetricResult> {
  const desk = await openInbox(browser, deskUrl);
  let noteMs: number[];
  try {
    await pressAndMeasure(desk.page, `'caseOpened', 1, ${STEP_TIMEOUT_MS}`, 'Enter');
    await desk.page.keyboard.press('n');
    const box = desk.page.getByRole('textbox', { name: 'Internal note' });
    try {
      await box.waitFor({ state: 'visible', timeout: EDITOR_WAIT_MS });
    } catch {
      return notApplicable(
        metrics.editorTyping,
        'no textbox named "Internal note" on a case yet (note editor not landed)',
      );
    }
    const stopProfile = await profiler.page(desk.context, desk.page);
    noteMs = await typeInto(desk.page, box, keys);
    await stopProfile('note-editor-typing');
  } finally {
    await desk.close();
  }
  if (noteMs.length === 0) return failed(metrics.editorTyping, 'no keystroke changed the note editor');
  const plain = await plainContentEditable(browser, plainEditorUrl, keys);
  const typed = summarize(noteMs);
  return measured(metrics.editorTyping, {
    value: typed.p95,
    summary: typed,
    baseline:
      plain.length > 0
        ? { name: 'plain contenteditable, same text and keys, p95', value: summarize(plain).p95 }
        : null,
    details: { words: NOTE_WORDS, keystrokes: keys },
  });
}
