// Settings as an agent uses them: language and theme apply at once and are there again after a restart;
// the account section says where the work is kept.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/host';

async function openSettings(page: Page, url: string, settingsName = 'Settings'): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: settingsName, exact: true }).click();
}

test('the theme changes at once and stays after a restart', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openSettings(page, host.url);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');

  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  // "Same as the computer" follows the system, live.
  await page.getByRole('radio', { name: 'Same as the computer', exact: true }).check();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('radio', { name: 'Dark' }).check();
  await host.restart();
  await openSettings(page, host.url);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('the language applies everywhere at once and stays after a restart', async ({ page, host }) => {
  await openSettings(page, host.url);
  await expect(page.getByRole('radio', { name: 'Same as the computer (English)' })).toBeChecked();

  await page.getByRole('radio', { name: 'Norsk bokmål' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Synkronisering' })).toHaveText('Lokalt arbeidsområde');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');

  await host.restart();
  await page.goto(host.url);
  await expect(page.getByRole('listbox', { name: 'Innboks' })).toBeVisible();
  await page.getByRole('button', { name: 'Innstillinger', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Norsk bokmål' })).toBeChecked();

  await page.getByRole('radio', { name: /^Samme som datamaskinen \(English\)$/ }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('the account section tells the agent no hub is configured', async ({ page, host }) => {
  await openSettings(page, host.url);
  const sync = page.getByRole('region', { name: 'Account and sync' });
  await expect(sync).toContainText('Local workspace');
  await expect(sync).toContainText('No hub is configured');
});

test('Esc in Settings goes back to where the agent was', async ({ page, host }) => {
  await page.goto(host.url);
  const inbox = page.getByRole('listbox', { name: 'Inbox' });
  await expect(inbox.getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(inbox).toBeFocused();
});
