// A call logged by hand in seconds: `l`, a few words, Ctrl+Enter. It lands on the case history, and the
// person's repeat-contact signal counts it at once — in the hand-over brief and in the inbox row.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { connectApi } from './fixtures/api';
import { expect, test } from './fixtures/host';
import { saveScreenshots } from './fixtures/screenshots';

test.use({ demoCases: 1000 });

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

test('logging an incoming call raises the repeat-contact badge at once', async ({ page, host }) => {
  const api = await connectApi(host.url);
  const { rows } = await api.call('cases.list', { view: 'team', limit: 500 });
  // Two contacts this week: the logged call is the third, when the badge first shows.
  const index = rows.findIndex((row) => row.repeat.contacts7d === 2);
  const chosen = index >= 0 ? index : rows.findIndex((row) => row.repeat.contacts7d >= 2);
  const row = rows[chosen];
  if (!row) throw new Error('no team case with two or more contacts this week');
  const before = row.repeat.contacts7d;
  const name = new RegExp(`${escape(row.personName)}, ${escape(row.subject)}`);

  await page.goto(host.url);
  const inbox = page.getByRole('listbox', { name: 'Inbox' });
  const selected = inbox.getByRole('option', { selected: true });
  await expect(selected).toHaveAttribute('aria-posinset', '1');
  for (let i = 0; i < chosen; i++) await page.keyboard.press('j');
  await expect(selected).toHaveAccessibleName(name);
  if (before < 3) await expect(selected).not.toHaveAccessibleName(/contacts in 7 days/);
  await page.keyboard.press('Enter');

  const history = page.getByRole('feed', { name: 'Case history' });
  const brief = page.getByRole('region', { name: 'Hand-over brief' });
  await expect(history).toBeFocused();
  await expect(brief).toContainText(`${before} contacts`);

  await test.step('l logs a phone call with its length and what it was about', async () => {
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: 'Log a contact' });
    await expect(dialog.getByRole('radio', { name: 'Phone' })).toBeFocused();
    await expect(dialog.getByRole('radio', { name: 'Phone' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('radio', { name: 'From them' })).toBeFocused();
    await expect(dialog.getByRole('radio', { name: 'From them' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('textbox', { name: 'Call duration' })).toBeFocused();
    await page.keyboard.type('4:30');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('textbox', { name: 'What was it about?' })).toBeFocused();
    await page.keyboard.type('Ringde om beslutet, lovade att återkomma.');
    expect(await dialogProblems(page)).toEqual([]);
    await saveScreenshots(page, 'dialog-log-contact');
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
    await expect(history).toBeFocused();
  });

  await test.step('the call is on the history, and the brief counts it', async () => {
    const call = history
      .getByRole('article', { name: new RegExp(`Phone call from ${escape(row.personName)}`) })
      .last();
    await expect(call).toContainText('Ringde om beslutet, lovade att återkomma.');
    await expect(call).toContainText('Duration');
    await expect(brief).toContainText(`${before + 1} contacts in 7 days`);
  });

  await test.step('back in the inbox, the row shows the repeat-contact badge', async () => {
    await page.keyboard.press('Escape');
    await expect(inbox).toBeFocused();
    // The call moved the case to the top (newest contact first); the selection followed it.
    await expect(selected).toHaveAccessibleName(name);
    await expect(selected).toHaveAccessibleName(new RegExp(`${before + 1} contacts in 7 days`));
    await expect(selected).toContainText(`${before + 1} contacts in 7 days`);
  });

  api.close();
});
