// Search as a keyboard user meets it: `/` from anywhere, results as you type, Nordic names either way.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ApiClient, ArgsIn } from '../../src/shared/api';
import { caseStatuses, channels, inboxViews } from '../../src/shared/domain';
import { connectApi } from './fixtures/api';
import { expect, test } from './fixtures/host';
import { saveScreenshots } from './fixtures/screenshots';

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The word that appears in the most case subjects: a query with hits of every kind and channel. */
async function commonWord(api: ApiClient): Promise<string> {
  const lists = await Promise.all(inboxViews.map((view) => api.call('cases.list', { view, limit: 200 })));
  const counts = new Map<string, number>();
  for (const row of lists.flatMap((list) => list.rows)) {
    for (const word of new Set(row.subject.toLowerCase().match(/\p{L}{5,}/gu) ?? [])) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const [word] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!word) throw new Error('the demo desk has no case subjects');
  return word;
}

test('an agent finds people, cases and messages by keyboard alone', async ({ page, host }) => {
  const api = await connectApi(host.url);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(host.url);
  await expect(page.getByRole('listbox', { name: 'Inbox' })).toBeFocused();

  const box = page.getByRole('searchbox', { name: 'Search' });
  const results = page.getByRole('listbox', { name: 'Search results' });
  const options = results.getByRole('option');
  const selected = results.getByRole('option', { selected: true });
  const status = page.getByRole('region', { name: 'Search' }).getByRole('status');
  const clearAndType = async (text: string) => {
    if ((await box.inputValue()) !== '') await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
    await page.keyboard.type(text);
  };

  await test.step('/ opens search with the box focused and a hint instead of results', async () => {
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await expect(results).toHaveCount(0);
    await expect(page.getByText('Find people, cases, messages and notes.')).toBeVisible();
  });

  await test.step('"Ångström" finds Åsa Ångström first, the name marked', async () => {
    await page.keyboard.type('Ångström');
    await expect(options.first()).toContainText('Åsa Ångström');
    await expect(options.first().locator('mark')).toHaveText(['Ångström']);
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
    await expect(status).toHaveText(/\d+ results?/);
  });
  await saveScreenshots(page, 'search');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await test.step('Esc clears the box; "angstrom" without the Nordic letters finds her too', async () => {
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
    await expect(box).toBeFocused();
    await page.keyboard.type('angstrom');
    await expect(options.first()).toContainText('Åsa Ångström');
    await expect(options.first().locator('mark')).toHaveText(['Ångström']);
  });

  await test.step('"bjorn" finds Bjørn Ødegård', async () => {
    await clearAndType('bjorn');
    await expect(results.getByRole('option', { name: /Bjørn Ødegård/ }).first()).toBeVisible();
  });

  await test.step('"jonsson" finds Lena Jönsson; the arrows move to her and Enter opens the person', async () => {
    await clearAndType('jonsson');
    const lena = results.getByRole('option', { name: /Lena Jönsson/ }).first();
    await expect(lena).toBeVisible();
    const lenaId = (await lena.getAttribute('id'))!;
    const ids = await options.evaluateAll((nodes) => nodes.map((node) => node.id));
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(Math.min(1, ids.length - 1))).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    for (let i = 0; i < ids.indexOf(lenaId); i++) await page.keyboard.press('ArrowDown');
    await expect(selected).toHaveAttribute('id', lenaId);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Person', exact: true })).toContainText('Lena Jönsson');
  });

  await test.step('back from the person, the same results are there with Lena still selected', async () => {
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('jonsson');
    await expect(box).toBeFocused();
    await expect(selected).toContainText('Lena Jönsson');
  });

  await test.step('j and k move through the results once focus is in the list', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.type('bjorn');
    await expect(results.getByRole('option', { name: /Bjørn Ødegård/ }).first()).toBeVisible();
    await expect(options.nth(1)).toBeVisible();
    // Past the three filters to the list, as Tab goes.
    for (
      let i = 0;
      i < 6 && !(await results.evaluate((node) => node.ownerDocument.activeElement === node));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(results).toBeFocused();
    await page.keyboard.press('j');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(results).toHaveAttribute(
      'aria-activedescendant',
      (await options.nth(1).getAttribute('id'))!,
    );
    await page.keyboard.press('k');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
  });

  await test.step('quotes and punctuation alone are searched without an error', async () => {
    for (const text of ['"', '""""', '"\'*()-:^', '...?!']) {
      await clearAndType(text);
      await expect(status).toHaveText(`No results for “${text}”.`);
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
  });

  await test.step('the channel and status filters narrow the results', async () => {
    const word = await commonWord(api);
    const ask = async (args: Partial<ArgsIn<'search.query'>>) =>
      (await api.call('search.query', { q: word, limit: 50, ...args })).hits.length;
    const all = await ask({});
    await clearAndType(word);
    await expect(status).toHaveText(`${all} results`);

    const channelCounts = await Promise.all(channels.map((channel) => ask({ channel })));
    const channelIndex = channelCounts.findIndex((count) => count > 0 && count < all);
    expect(
      channelIndex,
      `a channel narrows "${word}" (${channelCounts.join(', ')} of ${all})`,
    ).toBeGreaterThan(-1);
    const channelSelect = page.getByRole('combobox', { name: 'Channel' });
    await page.keyboard.press('Tab');
    await expect(channelSelect).toBeFocused();
    for (let i = 0; i <= channelIndex; i++) await page.keyboard.press('ArrowDown');
    await expect(channelSelect).toHaveValue(channels[channelIndex]!);
    await expect(status).toHaveText(new RegExp(`^${channelCounts[channelIndex]} results?$`));
    await expect(options).toHaveCount(channelCounts[channelIndex]!);

    const channel = channels[channelIndex]!;
    const statusCounts = await Promise.all(caseStatuses.map((s) => ask({ channel, status: s })));
    const statusIndex = statusCounts.findIndex((count) => count < channelCounts[channelIndex]!);
    expect(statusIndex, `a status narrows "${word}" by ${channel}`).toBeGreaterThan(-1);
    const statusSelect = page.getByRole('combobox', { name: 'Status' });
    await page.keyboard.press('Tab');
    await expect(statusSelect).toBeFocused();
    for (let i = 0; i <= statusIndex; i++) await page.keyboard.press('ArrowDown');
    await expect(statusSelect).toHaveValue(caseStatuses[statusIndex]!);
    const narrowed = statusCounts[statusIndex]!;
    if (narrowed === 0) await expect(status).toHaveText(`No results for “${word}” with these filters.`);
    else await expect(options).toHaveCount(narrowed);
  });
  await saveScreenshots(page, 'search-filtered');
  expect(await seriousAxeViolations(page)).toEqual([]);

  api.close();
  expect(problems).toEqual([]);
});

test('keys typed straight after `/` on a fresh load all reach the search box', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('listbox', { name: 'Inbox' })).toBeFocused();
  await page.keyboard.press('/');
  await page.keyboard.type('bjorn', { delay: 5 });
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('bjorn');
});
