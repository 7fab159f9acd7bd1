// "I'll call you back" — and somebody does: a promise made on a case, due yesterday, comes first in
// Promises due marked overdue in words, and is kept (or cancelled, with a reason) from the hand-over brief.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ApiClient } from '../../src/shared/api';
import { connectApi } from './fixtures/api';
import { expect, test } from './fixtures/host';
import { saveScreenshots } from './fixtures/screenshots';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function dialogProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Shift+Tab until the focused element is named `name` (the brief sits above the history, which has focus). */
async function tabBackTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Shift+Tab');
    // A string: this file is type-checked for Node, where `document` does not exist.
    const focused = await page.evaluate(
      "document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent",
    );
    if (focused === name) return;
  }
  throw new Error(`no "${name}" before the history`);
}

/** Cancels every open promise due before `at`, so the test's own overdue promise is the earliest. */
async function clearPromisesDueBefore(api: ApiClient, at: number): Promise<void> {
  const { rows } = await api.call('cases.list', { view: 'promises_due', limit: 500 });
  for (const row of rows.filter((r) => r.promiseDueAt !== null && r.promiseDueAt <= at)) {
    const { promises } = await api.call('cases.get', { caseId: row.id });
    for (const p of promises.filter((p) => p.status === 'open' && p.dueAt <= at)) {
      await api.call('promises.cancel', { promiseId: p.id, note: 'Cleared before the test' });
    }
  }
}

test('a promise due yesterday is first in Promises due, overdue in words, and kept with a note', async ({
  page,
  host,
}) => {
  const api = await connectApi(host.url);
  const { me } = await api.call('workspace.info', {});
  // Yesterday 10:00 on the agent's clock (the browser runs in Europe/Stockholm).
  const yesterday = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 1);
    d.setHours(10, 0, 0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, at: d.getTime() };
  });
  await clearPromisesDueBefore(api, yesterday.at);
  const [target] = (await api.call('cases.list', { view: 'team', limit: 1 })).rows;
  if (!target) throw new Error('no team case');
  const text = 'Ring Åsa tillbaka om beslutet';

  await page.goto(host.url);
  const inbox = page.getByRole('listbox', { name: 'Inbox' });
  await expect(inbox.getByRole('option', { selected: true })).toHaveAccessibleName(
    new RegExp(`${escape(target.personName)}, ${escape(target.subject)}`),
  );
  await page.keyboard.press('Enter');
  const history = page.getByRole('feed', { name: 'Case history' });
  await expect(history).toBeFocused();
  const brief = page.getByRole('region', { name: 'Hand-over brief' });

  await test.step('p makes a promise with a date and time of its own', async () => {
    await page.keyboard.press('p');
    const dialog = page.getByRole('dialog', { name: 'Make a promise' });
    await expect(dialog.getByRole('textbox', { name: 'What did you promise?' })).toBeFocused();
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('radio').first()).toBeFocused();
    // Arrow keys move through the due choices; the last is a date and time of one's own.
    await page.keyboard.press('ArrowLeft');
    await expect(dialog.getByRole('radio', { name: 'Another date and time' })).toBeChecked();
    await page.keyboard.press('Tab');
    const date = dialog.getByLabel('Date', { exact: true });
    await expect(date).toBeFocused();
    await date.fill(yesterday.date);
    // Tab walks through the date's own fields (day, month, year) before it leaves for the time.
    const time = dialog.getByLabel('Time', { exact: true });
    for (let i = 0; i < 4 && (await page.evaluate('document.activeElement?.type')) !== 'time'; i++) {
      await page.keyboard.press('Tab');
    }
    await expect(time).toBeFocused();
    await time.fill('10:00');
    await expect(dialog).toContainText('That time has passed: the promise will show as overdue at once.');
    await expect(dialog.getByRole('radio', { name: `Me (${me.name})` })).toBeChecked();
    expect(await dialogProblems(page)).toEqual([]);
    await saveScreenshots(page, 'dialog-promise');
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
    await expect(history).toBeFocused();
  });

  await test.step('the hand-over brief shows it as overdue, in words', async () => {
    const promise = brief.getByRole('listitem').filter({ hasText: text });
    await expect(promise).toContainText('Overdue');
    await expect(promise).toContainText('Overdue since');
    await expect(history.getByRole('article', { name: /Promise made by/ }).last()).toBeVisible();
    await saveScreenshots(page, 'case-brief');
  });

  await test.step('g p: first in Promises due, marked overdue', async () => {
    await page.keyboard.press('Escape');
    await expect(inbox).toBeFocused();
    await page.keyboard.press('g');
    await page.keyboard.press('p');
    await expect(page.getByRole('heading', { level: 1, name: 'Promises due' })).toBeVisible();
    const first = inbox.getByRole('option').first();
    await expect(first).toHaveAccessibleName(
      new RegExp(`${escape(target.personName)}, ${escape(target.subject)}`),
    );
    await expect(first).toHaveAccessibleName(/Promise overdue since/);
    await expect(first).toContainText('Promise overdue since');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await saveScreenshots(page, 'promises-due');
  });

  await test.step('kept with a note, from the brief', async () => {
    await page.keyboard.press('Enter');
    await expect(history).toBeFocused();
    await tabBackTo(page, `Keep: ${text}`);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Keep promise' });
    await expect(dialog.getByRole('textbox', { name: 'Note (optional)' })).toBeFocused();
    await page.keyboard.type('Ringde och berättade om beslutet.');
    expect(await dialogProblems(page)).toEqual([]);
    await saveScreenshots(page, 'dialog-keep-promise');
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
    await expect(brief).not.toContainText(text);
    await expect(
      history.getByRole('article', { name: new RegExp(`Promise kept by ${escape(me.name)}`) }),
    ).toContainText('Ringde och berättade om beslutet.');
    // The Keep button went with the promise; the focus went back to the history, not to <body>.
    await expect(history).toBeFocused();
    const { promises } = await api.call('cases.get', { caseId: target.id });
    expect(promises.find((p) => p.text === text)).toMatchObject({
      status: 'kept',
      resolutionNote: 'Ringde och berättade om beslutet.',
    });
  });

  await test.step('cancelling needs a reason', async () => {
    const later = 'Skicka blanketten';
    await api.call('promises.make', { caseId: target.id, text: later, dueAt: Date.now() + 86_400_000 });
    await expect(brief.getByRole('listitem').filter({ hasText: later })).toContainText('Due');
    await tabBackTo(page, `Cancel: ${later}`);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cancel promise' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Control+Enter');
    await expect(dialog.getByRole('alert')).toHaveText('Say why the promise is cancelled.');
    expect(await dialogProblems(page)).toEqual([]);
    await saveScreenshots(page, 'dialog-cancel-promise');
    await page.keyboard.type('Personen skickade den själv.');
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
    await expect(brief).toContainText('No open promises.');
    await expect(history).toBeFocused();
  });

  api.close();
});
