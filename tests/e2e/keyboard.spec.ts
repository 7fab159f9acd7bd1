// The keyboard as a first-line agent lives with it: help on `?`, the palette on Ctrl+K, keys remapped in
// Settings (and kept across a restart), the language switched, and no shortcut firing while typing.
import type { Locator, Page } from '@playwright/test';
import { connectApi } from './fixtures/api';
import { expect, test } from './fixtures/host';

/** Position of the option with aria-selected="true" among the rendered options. */
async function selectedIndex(options: Locator): Promise<number> {
  const all = await options.all();
  for (const [index, option] of all.entries()) {
    if ((await option.getAttribute('aria-selected')) === 'true') return index;
  }
  throw new Error('no option is selected');
}

async function openInbox(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const inbox = page.getByRole('listbox', { name: 'Inbox' });
  await expect(inbox.getByRole('option').first()).toBeVisible();
  await expect(inbox).toBeFocused();
  return inbox;
}

test('? shows every shortcut and Esc puts focus back where it was', async ({ page, host }) => {
  const inbox = await openInbox(page, host.url);
  const before = await selectedIndex(inbox.getByRole('option'));
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /Next in list/ })).toContainText('j');
  await expect(help.getByRole('row', { name: /Command palette/ })).toContainText('Ctrl+K');
  await expect(help.getByRole('row', { name: /Go to Team/ })).toContainText(/g\s*then\s*t/);
  await expect(help).toContainText('shortcuts are off — except Esc and Ctrl+Enter');

  // Keys pressed in the dialog stay there: j does not move the list behind it.
  await page.keyboard.press('j');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(inbox).toBeFocused();
  expect(await selectedIndex(inbox.getByRole('option'))).toBe(before);
});

test('Ctrl+K finds a place by name and goes there', async ({ page, host }) => {
  await openInbox(page, host.url);
  await page.keyboard.press('g');
  await page.keyboard.press('m');
  await expect(page.getByRole('heading', { level: 1, name: 'Mine' })).toBeVisible();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  // Every action is there with its keys; one nothing here handles is shown but not offered.
  await expect(palette.getByRole('option', { name: /Make a promise/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(palette.getByRole('option', { name: /Next in list/ })).toHaveAttribute(
    'aria-disabled',
    'false',
  );

  await page.keyboard.type('team');
  await expect(palette.getByRole('option', { selected: true })).toContainText('Team');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Team/ }),
  ).toHaveAttribute('aria-current', 'page');
});

test('the palette runs an action the way its key would, and Esc returns focus', async ({ page, host }) => {
  const inbox = await openInbox(page, host.url);
  const options = inbox.getByRole('option');
  const start = await selectedIndex(options);

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.type('next in list');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(options.nth(start + 1)).toHaveAttribute('aria-selected', 'true');
  await expect(inbox).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(inbox).toBeFocused();
});

test('a key remapped in Settings works at once and after a restart', async ({ page, host }) => {
  await openInbox(page, host.url);
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  const row = page.getByRole('row', { name: /Next in list/ });
  await row.getByRole('button', { name: 'Change the keys for Next in list' }).click();
  const field = page.getByRole('textbox', { name: 'New keys for Next in list' });
  await expect(field).toBeFocused();
  await page.keyboard.press('y');
  // A plain key may start a sequence; on its own it is taken after a short pause.
  await expect(field).toBeHidden();
  await expect(row.getByRole('cell').first()).toHaveText('y');
  await expect(row.getByRole('button', { name: /^Change/ })).toBeFocused();

  await page.keyboard.press('Escape');
  const inbox = page.getByRole('listbox', { name: 'Inbox' });
  await expect(inbox).toBeFocused();
  const options = inbox.getByRole('option');
  const start = await selectedIndex(options);
  await page.keyboard.press('y');
  await expect(options.nth(start + 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('j');
  // k still works, and proves the j before it did nothing: one step down, one up, back at the start.
  await page.keyboard.press('k');
  await expect(options.nth(start)).toHaveAttribute('aria-selected', 'true');

  await host.restart();
  const again = await openInbox(page, host.url);
  const first = await selectedIndex(again.getByRole('option'));
  await page.keyboard.press('y');
  await expect(again.getByRole('option').nth(first + 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('?');
  await expect(
    page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('row', { name: /Next in list/ }),
  ).toContainText('y');
});

test('a clash is shown, and swapping gives the other action the old key', async ({ page, host }) => {
  await openInbox(page, host.url);
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Settings' }).click();
  const next = page.getByRole('row', { name: /Next in list/ });
  await next.getByRole('button', { name: /^Change/ }).click();
  await page.keyboard.press('Control+k');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Ctrl+K is already the shortcut for “Command palette”');
  await expect(alert.getByRole('button', { name: 'Swap' })).toBeFocused();
  await alert.getByRole('button', { name: 'Swap' }).click();
  await expect(next.getByRole('cell').first()).toHaveText('Ctrl+K');
  await expect(
    page
      .getByRole('row', { name: /Command palette/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('j');

  await page.getByRole('button', { name: 'Reset all to defaults' }).click();
  await expect(next.getByRole('cell').first()).toHaveText('j');
  await expect(
    page
      .getByRole('row', { name: /Command palette/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('Ctrl+K');
});

test('switching to Swedish changes the whole UI at once, and back to English', async ({ page, host }) => {
  await openInbox(page, host.url);
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Svenska', exact: true }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  await page.getByRole('navigation', { name: 'Platser' }).getByRole('button', { name: 'Inkorg' }).click();
  await expect(page.getByRole('listbox', { name: 'Inkorg' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Teamet' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: /^Mina personer/ }),
  ).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Platser' })
    .getByRole('button', { name: 'Inställningar' })
    .click();
  await page.getByRole('radio', { name: 'English', exact: true }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('shortcuts do nothing while the agent types in a text field', async ({ page, host }) => {
  await openInbox(page, host.url);
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.click();
  await box.pressSequentially('g i j?');
  await expect(box).toHaveValue('g i j?');
  await expect(box).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a saved reply chosen in the palette lands in the open case’s reply', async ({ page, host }) => {
  const api = await connectApi(host.url);
  const { savedReplies } = await api.call('workspace.info', {});
  api.close();
  const reply = savedReplies[0];
  expect(reply, 'the demo workspace has saved replies').toBeDefined();

  const inbox = await openInbox(page, host.url);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toContainText('Open a case to insert a saved reply.');
  await expect(palette.getByRole('option', { name: new RegExp(reply!.title) })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.press('Escape');

  await inbox.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('feed', { name: 'Case history' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type(reply!.title);
  await expect(palette.getByRole('option', { selected: true })).toContainText(reply!.title);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  const opening = reply!.bodyText.split('\n')[0]!.slice(0, 30);
  await expect(page.getByRole('textbox', { name: 'Reply to customer' })).toContainText(opening);
});
