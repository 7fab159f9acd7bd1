// Goals as a team lead reads them: four figures for the team and for me, over 7 or 30 days.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { GoalsReport } from '../../src/shared/api';
import { humaniseDuration } from '../../src/renderer/features/goals/humaniseDuration';
import { connectApi } from './fixtures/api';
import { expect, test } from './fixtures/host';
import { saveScreenshots } from './fixtures/screenshots';

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** What each figure must say for a report, in English (the test browser's language). */
function expectedFigures(report: GoalsReport) {
  const duration = (d: GoalsReport['firstResponse'], none: string) =>
    d.medianMs === null || d.count === 0
      ? [none]
      : [humaniseDuration(d.medianMs, 'en'), d.p90Ms === null ? '—' : humaniseDuration(d.p90Ms, 'en')];
  const { onTime, due } = report.promisesKept;
  return {
    'First response': duration(report.firstResponse, 'No case got a first response in this period.'),
    'Time to resolution': duration(report.resolution, 'No case was closed in this period.'),
    'Promises kept on time':
      due === 0
        ? ['No promise came due in this period.']
        : [`${Math.round((onTime / due) * 100)}%`, `${onTime} of ${due} promise`],
    'Backlog by age': [String(report.backlog.reduce((sum, b) => sum + b.count, 0))],
  };
}

async function expectFigures(page: Page, report: GoalsReport): Promise<void> {
  for (const [name, texts] of Object.entries(expectedFigures(report))) {
    const region: Locator = page.getByRole('region', { name, exact: true });
    for (const text of texts)
      await expect(region, `${name} for ${report.scope}, ${report.days} days`).toContainText(text);
  }
}

test('goals show first response, resolution, promises kept and backlog for the team and for me', async ({
  page,
  host,
}) => {
  const api = await connectApi(host.url);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(host.url);
  await expect(page.getByRole('listbox', { name: 'Inbox' })).toBeFocused();

  await test.step('the header leads to the goals', async () => {
    await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Goals' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Goals', level: 1 })).toBeFocused();
  });

  const reports = new Map<string, GoalsReport>();
  for (const scope of ['team', 'me'] as const) {
    for (const days of [7, 30] as const) {
      reports.set(`${scope}/${days}`, await api.call('goals.get', { scope, days }));
    }
  }
  const shown = (scope: 'team' | 'me', days: 7 | 30) =>
    JSON.stringify(expectedFigures(reports.get(`${scope}/${days}`)!));

  await test.step('the team over the last 7 days comes first', async () => {
    await expect(page.getByRole('radio', { name: 'Team' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Last 7 days' })).toBeChecked();
    await expectFigures(page, reports.get('team/7')!);
  });
  await saveScreenshots(page, 'goals');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await test.step('30 days changes the figures', async () => {
    expect(shown('team', 30), 'the demo desk differs between 7 and 30 days').not.toBe(shown('team', 7));
    await page.getByRole('radio', { name: 'Last 7 days' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
    await expectFigures(page, reports.get('team/30')!);
  });

  await test.step('my own figures, over 30 and then 7 days', async () => {
    expect(shown('me', 30), 'my figures differ from the team’s').not.toBe(shown('team', 30));
    await page.getByRole('radio', { name: 'Team' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Mine' })).toBeChecked();
    await expectFigures(page, reports.get('me/30')!);
    await page.getByRole('radio', { name: 'Last 30 days' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'Last 7 days' })).toBeChecked();
    await expectFigures(page, reports.get('me/7')!);
  });

  await test.step('the daily chart has its numbers in a table too', async () => {
    const report = reports.get('me/7')!;
    await expect(page.getByRole('img', { name: /created and closed per day/ })).toBeVisible();
    await page.getByText('Show the numbers').focus();
    await page.keyboard.press('Enter');
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(report.daily.length + 1);
    const created = report.daily.reduce((sum, d) => sum + d.created, 0);
    const cells = await table
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((row) => Number(row.children[1]?.textContent)));
    expect(cells.reduce((sum, n) => sum + n, 0)).toBe(created);
  });
  await saveScreenshots(page, 'goals-table');
  expect(await seriousAxeViolations(page)).toEqual([]);

  api.close();
  expect(problems).toEqual([]);
});
