// The first-line agent's day: the inbox, worked by keyboard only, through the accessible names of PRODUCT.md.
import type { Locator } from '@playwright/test';
import { inboxViews, type InboxRow } from '../../src/shared/domain';
import { connectApi } from './fixtures/api';
import { expect, test } from './fixtures/host';
import { saveScreenshots } from './fixtures/screenshots';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Which case a rendered row shows: person and subject must both be there; the snippet breaks ties. */
function rowShownBy(text: string, rows: readonly InboxRow[]): InboxRow | undefined {
  const shown = squash(text);
  const candidates = rows.filter((row) => shown.includes(row.personName) && shown.includes(row.subject));
  return candidates.find((row) => shown.includes(squash(row.snippet).slice(0, 20))) ?? candidates[0];
}

/** Position of the option with aria-selected="true" among the rendered options. */
async function selectedIndex(options: Locator): Promise<number> {
  const all = await options.all();
  for (const [index, option] of all.entries()) {
    if ((await option.getAttribute('aria-selected')) === 'true') return index;
  }
  throw new Error('no option is selected');
}

test('an agent works through the inbox and a case by keyboard alone', async ({ page, host }) => {
  const api = await connectApi(host.url);
  const lists = await Promise.all(inboxViews.map((view) => api.call('cases.list', { view, limit: 500 })));
  const rows = lists.flatMap((list) => list.rows);
  expect(rows.length).toBeGreaterThan(0);

  // Uncaught errors and CSP refusals would mean the desk only works by accident.
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(host.url);
  const inbox = page.getByRole('listbox', { name: 'Inbox' });
  const options = inbox.getByRole('option');
  const selected = inbox.getByRole('option', { selected: true });

  await test.step('each row names the person and the subject', async () => {
    await expect(options.first()).toBeVisible();
    for (const option of (await options.all()).slice(0, 5)) {
      const text = await option.innerText();
      const row = rowShownBy(text, rows);
      expect(row, `a row of the desk in "${squash(text)}"`).toBeDefined();
      await expect(option).toHaveAccessibleName(escapeRegExp(row!.personName));
      await expect(option).toHaveAccessibleName(escapeRegExp(row!.subject));
    }
  });

  // The keyboard user always sees where they are: one row is selected from the start.
  await expect(selected).toHaveCount(1);
  const start = await selectedIndex(options);
  await test.step('j moves the selection down, k moves it up', async () => {
    await page.keyboard.press('j');
    await expect(options.nth(start + 1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('j');
    await expect(options.nth(start + 2)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('k');
    await expect(options.nth(start + 1)).toHaveAttribute('aria-selected', 'true');
    await expect(selected).toHaveCount(1);
  });
  await saveScreenshots(page, 'inbox');

  const chosen = rowShownBy(await options.nth(start + 1).innerText(), rows)!;
  await test.step('Enter opens that case with its history', async () => {
    await page.keyboard.press('Enter');
    const history = page.getByRole('feed', { name: 'Case history' });
    await expect(history).toBeVisible();
    await expect(history.getByRole('article').first()).toBeVisible();

    // It is the chosen case: its own messages are in the history.
    const { events } = await api.call('cases.get', { caseId: chosen.id });
    const openings = events
      .map((event) => squash(event.bodyText).slice(0, 24))
      .filter((text) => text.length >= 12);
    const shown = squash(await history.innerText());
    expect(openings.some((opening) => shown.includes(opening))).toBe(true);
  });
  await saveScreenshots(page, 'case');

  await test.step('Esc goes back to the inbox with the same row selected', async () => {
    await page.keyboard.press('Escape');
    await expect(inbox).toBeVisible();
    await expect(selected).toHaveCount(1);
    await expect(selected).toContainText(chosen.personName);
    await expect(selected).toContainText(chosen.subject);
  });

  api.close();
  expect(problems).toEqual([]);
});
