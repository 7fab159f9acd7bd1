// The person behind the case, by keyboard alone: open them from a case, write what matters to them,
// find the note again after a restart, merge a duplicate record and undo it.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { connectApi } from './fixtures/api';
import { expect, test } from './fixtures/host';
import { saveScreenshots } from './fixtures/screenshots';

/** Presses Tab (Shift+Tab going back) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** Serious and critical accessibility problems on what is on screen now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/** From the inbox: Enter opens the selected case, then its person link (in the case header) opens the person. */
async function openPersonOfFirstCase(page: Page): Promise<string> {
  const inbox = page.getByRole('listbox', { name: 'Inbox' });
  const selected = inbox.getByRole('option', { selected: true });
  await expect(selected).toHaveCount(1);
  await inbox.focus();
  await page.keyboard.press('Enter');
  const history = page.getByRole('feed', { name: 'Case history' });
  await expect(history).toBeVisible();
  const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();

  // The case header names the person; that name opens their view.
  const title = page.getByRole('heading', { level: 1 });
  const personLink = title
    .getByRole('button', { name, exact: true })
    .or(title.getByRole('link', { name, exact: true }));
  await tabTo(page, personLink, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Person', exact: true })).toBeVisible();
  return name;
}

test('an agent keeps what matters to a person, and merges a duplicate and undoes it', async ({
  page,
  host,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(host.url);

  const name = await openPersonOfFirstCase(page);
  const region = page.getByRole('region', { name: 'Person', exact: true });
  const heading = region.getByRole('heading', { level: 1, name });
  const note = region.getByRole('textbox', { name: 'What matters to them' });
  const written = `Prefers a call after 16:00 — hör av dig på svenska (${Date.now()})`;

  await test.step('the person view opens on the heading, with their cases and history', async () => {
    await expect(heading).toBeFocused();
    await expect(region.getByRole('heading', { name: 'Cases', exact: true })).toBeVisible();
    const history = region.getByRole('feed', { name: 'Person history' });
    await expect(history.getByRole('article').first()).toBeVisible();
    // Each event says which case it belongs to.
    await expect(history.getByRole('article').last()).toHaveAccessibleName(/ — case /);
  });

  await test.step('what the agent writes about them is saved as they type', async () => {
    await tabTo(page, note);
    // After what colleagues wrote before, on a line of its own.
    await page.keyboard.press('ControlOrMeta+End');
    if ((await note.innerText()).trim() !== '') await page.keyboard.press('Enter');
    await page.keyboard.type(written);
    await expect(region.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  });
  await saveScreenshots(page, 'person');
  expect(await seriousViolations(page)).toEqual([]);

  await test.step('after a restart of the desk the note is still there', async () => {
    await host.restart();
    await page.goto(host.url);
    // While the desk was down, the old page's reconnect attempts were refused, as they should be.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('ERR_CONNECTION_REFUSED')));
    expect(await openPersonOfFirstCase(page)).toBe(name);
    await expect(note).toContainText(written);
  });

  const api = await connectApi(host.url);
  const others = ['Bjørn Ødegård', 'Lena Jönsson', "Siobhán O'Connor"].filter((other) => other !== name);
  const duplicate = others[0]!;
  const self = await api.call('people.get', { personId: await personIdOf(api, name) });
  const twin = await api.call('people.get', { personId: await personIdOf(api, duplicate) });
  const casesShown = region.getByText(/^\d+ cases?$/);
  const dialog = page.getByRole('dialog', { name: 'Merge duplicate' });
  const undo = region.getByRole('button', { name: `Undo merge of ${duplicate}` });
  await expect(casesShown).toHaveText(`${self.cases.length} cases`);

  await test.step('Merge duplicate… finds the other record and shows both side by side', async () => {
    await tabTo(page, region.getByRole('button', { name: 'Merge duplicate…' }), { backwards: true });
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    const search = dialog.getByRole('combobox', { name: 'Find the duplicate' });
    await expect(search).toBeFocused();
    await page.keyboard.type(duplicate.split(' ')[0]!);
    await expect(dialog.getByRole('listbox', { name: 'Matching people' })).toBeVisible();
    await expect(dialog.getByRole('option', { selected: true })).toContainText(duplicate);
    await page.keyboard.press('Enter');
    const confirm = dialog.getByRole('button', { name: `Merge into ${name}` });
    await expect(confirm).toBeFocused();
    await expect(dialog.getByRole('group', { name: 'Kept: this record' })).toContainText(name);
    await expect(dialog.getByRole('group', { name: 'Duplicate, merged into it' })).toContainText(duplicate);
  });
  await saveScreenshots(page, 'person-merge');
  expect(await seriousViolations(page)).toEqual([]);

  await test.step('confirming merges them; Undo merge is offered at once', async () => {
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(undo).toBeFocused();
    await expect(region.getByRole('heading', { name: 'Merged records' })).toBeVisible();
    // The duplicate's cases are this person's now.
    await expect(casesShown).toHaveText(`${self.cases.length + twin.cases.length} cases`);
    const { merges } = await api.call('people.get', { personId: self.person.id });
    expect(merges[0]?.mergedName).toBe(duplicate);
  });
  await saveScreenshots(page, 'person-merged');

  await test.step('Undo merge gives the duplicate its own record back', async () => {
    await page.keyboard.press('Enter');
    await expect(undo).toBeHidden();
    await expect(region.getByRole('heading', { name: 'Merged records' })).toBeFocused();
    await expect(region.getByRole('listitem').filter({ hasText: duplicate })).toContainText('undone');
    await expect(casesShown).toHaveText(`${self.cases.length} cases`);
    const { merges } = await api.call('people.get', { personId: self.person.id });
    expect(merges[0]?.undoneAt).not.toBeNull();
    const restored = await api.call('people.get', { personId: twin.person.id });
    expect(restored.cases.map((c) => c.id).sort()).toEqual(twin.cases.map((c) => c.id).sort());
  });

  await test.step('Esc goes back to the case the agent came from', async () => {
    await page.keyboard.press('Escape');
    await expect(page.getByRole('feed', { name: 'Case history' })).toBeVisible();
  });

  api.close();
  expect(problems).toEqual([]);
});

/** A demo person's id, looked up by name through the desk's own search. */
async function personIdOf(api: Awaited<ReturnType<typeof connectApi>>, name: string): Promise<string> {
  const { hits } = await api.call('search.query', { q: name, kinds: ['person'] });
  const hit = hits.find((h) => h.title === name);
  if (!hit) throw new Error(`no person named ${name}`);
  return hit.id;
}
