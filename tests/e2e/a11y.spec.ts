// Every screen and app-wide dialog, in light and in dark: axe finds no serious or critical problem, and a
// screenshot of each is kept for people to look at. Reached the way an agent would: header nav and keys.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/host';
import { saveScreenshots, type Theme } from './fixtures/screenshots';

const serious = new Set(['serious', 'critical']);

/** Runs axe over the page as it is now and reports each serious or critical rule broken, with where. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const problems = results.violations
    .filter((violation) => serious.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  // Soft, so one screen's problems do not hide the next screen's.
  expect.soft(problems, `${screen}: serious or critical accessibility problems`).toEqual([]);
}

async function check(page: Page, screen: string, theme: Theme): Promise<void> {
  await expectAccessible(page, `${screen} (${theme})`);
  await saveScreenshots(page, `a11y-${screen}`, [theme]);
  // saveScreenshots leaves the page in light; the next screen is checked in this theme again.
  await page.emulateMedia({ colorScheme: theme });
}

for (const theme of ['light', 'dark'] as const) {
  test(`every screen is accessible in the ${theme} theme`, async ({ page, host }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(host.url);
    const places = page.getByRole('navigation', { name: 'Places' });
    const inbox = page.getByRole('listbox', { name: 'Inbox' });

    await test.step('inbox', async () => {
      await expect(inbox.getByRole('option').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await check(page, 'inbox', theme);
    });

    await test.step('the skip link leads to the content', async () => {
      // Click the bare top edge of the window, then go back one stop: the skip link comes first of all.
      await page.mouse.click(4, 4);
      await page.keyboard.press('Shift+Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      // Past the header: the next stop is the first view of the inbox.
      await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button').first()).toBeFocused();
    });

    let personName = '';
    await test.step('case', async () => {
      await inbox.focus();
      await page.keyboard.press('Enter');
      await expect(
        page.getByRole('feed', { name: 'Case history' }).getByRole('article').first(),
      ).toBeVisible();
      await check(page, 'case', theme);
    });

    await test.step('person', async () => {
      const person = page.getByRole('heading', { level: 1 }).getByRole('button');
      personName = (await person.innerText()).trim();
      await person.click();
      await expect(page.getByRole('region', { name: 'Person', exact: true })).toBeVisible();
      await check(page, 'person', theme);
    });

    await test.step('search', async () => {
      await places.getByRole('button', { name: 'Search' }).click();
      const box = page.getByRole('searchbox', { name: 'Search' });
      await box.fill(personName.split(' ')[0] ?? personName);
      await expect(
        page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
      ).toBeVisible();
      await check(page, 'search', theme);
    });

    await test.step('goals', async () => {
      await places.getByRole('button', { name: 'Goals' }).click();
      await expect(places.getByRole('button', { name: 'Goals' })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await check(page, 'goals', theme);
    });

    await test.step('settings', async () => {
      await places.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await check(page, 'settings', theme);
    });

    await test.step('command palette', async () => {
      await page.keyboard.press('Control+k');
      await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
      await check(page, 'palette', theme);
      await page.keyboard.press('Escape');
    });

    await test.step('shortcut help', async () => {
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await check(page, 'shortcuts', theme);
      await page.keyboard.press('Escape');
    });
  });
}
