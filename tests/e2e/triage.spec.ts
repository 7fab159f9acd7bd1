// Triage from the inbox like a mail client, keyboard only: j/k to move, `a` to hand over with a note,
// `s` to snooze, `e` to resolve. The selection moves on to the next case, the view rail's counts follow,
// and the focus is never lost.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { InboxRow } from '../../src/shared/domain';
import { connectApi } from './fixtures/api';
import { expect, test } from './fixtures/host';
import { saveScreenshots } from './fixtures/screenshots';

// Enough open team cases that ten can be triaged with some left over.
test.use({ demoCases: 1000 });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An option's accessible name holds the person and the subject (PRODUCT.md "Accessible names"). */
const rowName = (row: InboxRow) => new RegExp(`${escape(row.personName)}, ${escape(row.subject)}`);

/** The number in a view's name in the rail: "Team, 36 cases". */
async function viewCount(rail: Locator, view: string): Promise<number> {
  const button = rail.getByRole('button', { name: new RegExp(`^${view}, `) });
  const label = (await button.getAttribute('aria-label')) ?? '';
  return Number(/([\d,\s]+) cases?$/.exec(label)?.[1]?.replace(/\D/g, '') ?? NaN);
}

/** Serious or critical axe findings inside the open dialog. */
async function dialogProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('an agent triages ten cases from the inbox without touching the mouse', async ({ page, host }) => {
  const api = await connectApi(host.url);
  const { me, agents } = await api.call('workspace.info', {});
  const teamRows = async () => (await api.call('cases.list', { view: 'team', limit: 500 })).rows;
  expect((await teamRows()).length).toBeGreaterThan(14);

  await page.goto(host.url);
  const inbox = page.getByRole('listbox', { name: 'Inbox' });
  const selected = inbox.getByRole('option', { selected: true });
  const rail = page.getByRole('navigation', { name: 'Views' });
  await expect(inbox.getByRole('option').first()).toBeVisible();
  await expect(rail.getByRole('button', { name: /^Team, / })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await expect(inbox).toBeFocused();

  /** The selected row, as the desk has it now. */
  const current = async () => {
    const position = Number(await selected.getAttribute('aria-posinset'));
    const rows = await teamRows();
    const row = rows[position - 1];
    if (!row) throw new Error(`no row at ${position}`);
    await expect(selected).toHaveAccessibleName(rowName(row));
    return { index: position - 1, row, rows };
  };
  const counts = async () => ({
    team: await viewCount(rail, 'Team'),
    snoozed: await viewCount(rail, 'Snoozed'),
    closed: await viewCount(rail, 'Closed'),
  });
  const expectCounts = async (expected: { team: number; snoozed: number; closed: number }) =>
    expect.poll(counts).toEqual(expected);
  /** After every action the focus is back in the list, never on <body>. */
  const expectFocusInList = async () => {
    await expect(inbox).toBeFocused();
    // A string: this file is type-checked for Node, where `document` does not exist.
    expect(await page.evaluate('document.activeElement === document.body')).toBe(false);
  };

  let tally = await counts();
  let handedOver = 0;
  const dialogsChecked = new Set<string>();

  const resolve = async () => {
    const { index, rows } = await current();
    await page.keyboard.press('e');
    tally = { ...tally, team: tally.team - 1, closed: tally.closed + 1 };
    await expectCounts(tally);
    // The next case slid into the resolved one's place, and is selected.
    await expect(selected).toHaveAccessibleName(rowName(rows[index + 1]!));
    await expectFocusInList();
  };

  const snooze = async () => {
    const { index, row, rows } = await current();
    await page.keyboard.press('s');
    const dialog = page.getByRole('dialog', { name: 'Snooze case' });
    await expect(dialog).toBeVisible();
    if (!dialogsChecked.has('snooze')) {
      dialogsChecked.add('snooze');
      expect(await dialogProblems(page)).toEqual([]);
      await saveScreenshots(page, 'dialog-snooze');
    }
    // The first quick choice has the focus; Enter takes it.
    await expect(dialog.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    tally = { ...tally, team: tally.team - 1, snoozed: tally.snoozed + 1 };
    await expectCounts(tally);
    await expect(selected).toHaveAccessibleName(rowName(rows[index + 1]!));
    await expectFocusInList();
    expect((await api.call('cases.get', { caseId: row.id })).case.status).toBe('snoozed');
  };

  const handOver = async () => {
    const { index, row, rows } = await current();
    const colleague = agents.find(
      (a) => a.id !== me.id && a.id !== row.assigneeId && a.teamId === me.teamId,
    )!;
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog', { name: 'Assign or hand over' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Find a colleague' })).toBeFocused();
    await page.keyboard.type(colleague.name);
    await expect(dialog.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    // Handing over to someone else asks for a note, and says why.
    const note = dialog.getByRole('textbox', { name: 'Hand-over note' });
    await expect(note).toBeFocused();
    await expect(dialog).toContainText('so they do not start from zero');
    if (!dialogsChecked.has('assign')) {
      dialogsChecked.add('assign');
      // Without a note the hand-over does not go through.
      await page.keyboard.press('Control+Enter');
      await expect(dialog.getByRole('alert')).toHaveText('A hand-over needs a short note.');
      await expect(dialog).toBeVisible();
      expect(await dialogProblems(page)).toEqual([]);
      await saveScreenshots(page, 'dialog-assign');
    }
    const text = `Called twice about this; next step is the decision letter (${++handedOver}).`;
    await page.keyboard.type(text);
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
    // Still a team case, now with the colleague; the selection moved on to the case after it.
    await expect(selected).toHaveAccessibleName(rowName(rows[index + 1]!));
    await expectCounts(tally);
    await expectFocusInList();
    const detail = await api.call('cases.get', { caseId: row.id });
    expect(detail.case.assigneeId).toBe(colleague.id);
    expect(detail.events.at(-1)).toMatchObject({ kind: 'assigned', bodyText: text });
  };

  const move = async (key: 'j' | 'k') => {
    const before = Number(await selected.getAttribute('aria-posinset'));
    await page.keyboard.press(key);
    await expect(selected).toHaveAttribute('aria-posinset', String(key === 'j' ? before + 1 : before - 1));
  };

  await test.step('resolve, hand over and snooze, one after another', async () => {
    await resolve();
    await handOver();
    await snooze();
  });
  await test.step('skip a case with j, come back with k, and go on', async () => {
    await move('j');
    await resolve();
    await move('k');
    await handOver();
  });
  await saveScreenshots(page, 'triage-inbox');
  await test.step('five more', async () => {
    await snooze();
    await resolve();
    await move('j');
    await handOver();
    await snooze();
    await resolve();
  });

  // Ten cases triaged: four resolved, three snoozed, three handed over.
  expect(handedOver).toBe(3);

  await test.step('in the case itself, e resolves it and brings the agent to the next case', async () => {
    const { index, rows } = await current();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('feed', { name: 'Case history' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Hand-over brief' })).toBeVisible();
    await page.keyboard.press('e');
    await expect(inbox).toBeFocused();
    tally = { ...tally, team: tally.team - 1, closed: tally.closed + 1 };
    await expectCounts(tally);
    await expect(selected).toHaveAccessibleName(rowName(rows[index + 1]!));
  });
  api.close();
});

test('opening a case reads it; the More menu marks it unread again and sets priority', async ({
  page,
  host,
}) => {
  const api = await connectApi(host.url);
  const rows = (await api.call('cases.list', { view: 'team', limit: 500 })).rows;
  const index = rows.findIndex((row) => row.unread);
  const row = rows[index];
  if (!row) throw new Error('no unread team case');

  await page.goto(host.url);
  const inbox = page.getByRole('listbox', { name: 'Inbox' });
  const selected = inbox.getByRole('option', { selected: true });
  await expect(selected).toHaveAttribute('aria-posinset', '1');
  for (let i = 0; i < index; i++) await page.keyboard.press('j');
  await expect(selected).toHaveAccessibleName(new RegExp(`^Unread, ${escape(row.personName)}`));

  await test.step('Enter reads the case; back in the list it is no longer bold', async () => {
    await page.keyboard.press('Enter');
    await expect(page.getByRole('feed', { name: 'Case history' })).toBeFocused();
    await expect.poll(async () => (await api.call('cases.get', { caseId: row.id })).case.unread).toBe(false);
    await page.keyboard.press('Escape');
    await expect(inbox).toBeFocused();
    await expect(selected).toHaveAccessibleName(new RegExp(`^${escape(row.personName)}, `));
  });

  await test.step('More → Mark unread, from the keyboard', async () => {
    // The actions sit just above the list: Shift+Tab reaches the last of them, More.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'More' })).toBeFocused();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem', { name: 'Mark unread' })).toBeFocused();
    await saveScreenshots(page, 'menu-more-actions');
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(page.getByRole('button', { name: 'More' })).toBeFocused();
    await expect(
      inbox.getByRole('option', { name: new RegExp(`^Unread, ${escape(row.personName)}`) }),
    ).toBeVisible();
    expect((await api.call('cases.get', { caseId: row.id })).case.unread).toBe(true);
  });

  await test.step('More → Priority: Urgent, for the case now selected', async () => {
    const position = Number(await selected.getAttribute('aria-posinset'));
    const next = (await api.call('cases.list', { view: 'team', limit: 500 })).rows[position - 1]!;
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitemradio', { name: 'Urgent' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect
      .poll(async () => (await api.call('cases.get', { caseId: next.id })).case.priority)
      .toBe('urgent');
  });
  api.close();
});
