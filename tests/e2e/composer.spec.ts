// The composer under a case: internal notes and replies, written by keyboard, through the names of PRODUCT.md.
import type { Page } from '@playwright/test';
import { inboxViews, type InboxRow } from '../../src/shared/domain';
import { connectApi } from './fixtures/api';
import { expect, test } from './fixtures/host';
import { saveScreenshots } from './fixtures/screenshots';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every case the inbox can show, to learn which one a row on screen is. */
async function allRows(hostUrl: string): Promise<InboxRow[]> {
  const api = await connectApi(hostUrl);
  const lists = await Promise.all(inboxViews.map((view) => api.call('cases.list', { view, limit: 500 })));
  api.close();
  return lists.flatMap((list) => list.rows);
}

/** Opens the case selected in the inbox with Enter; returns which case it is. */
async function openSelectedCase(page: Page, hostUrl: string): Promise<InboxRow> {
  const rows = await allRows(hostUrl);
  await page.goto(hostUrl);
  const selected = page.getByRole('listbox', { name: 'Inbox' }).getByRole('option', { selected: true });
  await expect(selected).toHaveCount(1);
  const shown = squash(await selected.innerText());
  const row = rows.find((r) => shown.includes(r.personName) && shown.includes(r.subject));
  expect(row, `the selected row "${shown}" is a case of the desk`).toBeDefined();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('feed', { name: 'Case history' })).toBeFocused();
  return row!;
}

/** The browser globals the page scripts below use (this file is type-checked for Node, without the DOM). */
interface BrowserGlobals {
  DataTransfer: new () => { setData(type: string, value: string): void };
  ClipboardEvent: new (
    type: string,
    init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean },
  ) => Event;
  CustomEvent: new (type: string, init: { detail: unknown }) => Event;
  dispatchEvent(event: Event): boolean;
}

/** Fails the test on uncaught errors and console errors (CSP refusals among them). */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return problems;
}

test('an agent saves a formatted note and sends a reply, by keyboard alone', async ({ page, host }) => {
  const problems = watchProblems(page);
  const chosen = await openSelectedCase(page, host.url);
  const history = page.getByRole('feed', { name: 'Case history' });
  const note = page.getByRole('textbox', { name: 'Internal note', exact: true });
  const reply = page.getByRole('textbox', { name: 'Reply to customer', exact: true });

  await test.step('n opens the internal note; Mod+B makes bold; Mod+Enter saves it to the history', async () => {
    await page.keyboard.press('n');
    await expect(note).toBeFocused();
    await page.keyboard.type('Called back about the ');
    await page.keyboard.press('ControlOrMeta+B');
    await page.keyboard.type('rent decision');
    await page.keyboard.press('ControlOrMeta+B');
    await page.keyboard.type(' today.');
    await saveScreenshots(page, 'composer-note');
    await page.keyboard.press('ControlOrMeta+Enter');

    const saved = history
      .getByRole('article', { name: /^Internal note/ })
      .filter({ hasText: 'rent decision today' });
    await expect(saved).toHaveCount(1);
    await expect(saved.getByRole('strong')).toHaveText('rent decision');
    // Cleared for the next note, and the caret stays there.
    await expect(note).toHaveText('');
    await expect(note).toBeFocused();
  });

  await test.step('Esc leaves the editor for the history; r opens the reply; Mod+Enter sends it', async () => {
    await page.keyboard.press('Escape');
    await expect(history).toBeFocused();
    await page.keyboard.press('r');
    await expect(reply).toBeFocused();
    await expect(page.getByText(`Reply to ${chosen.personName} by`)).toBeVisible();
    await page.keyboard.type('We have received your documents and will decide by Friday.');
    await saveScreenshots(page, 'composer-reply');
    await page.keyboard.press('ControlOrMeta+Enter');

    const sent = history.getByRole('article').filter({ hasText: 'will decide by Friday' });
    await expect(sent).toHaveCount(1);
    await expect(sent).toContainText('Sent to the customer');
    await expect(sent).not.toHaveAccessibleName(/Internal note/);
    await expect(reply).toHaveText('');
    await expect(reply).toBeFocused();
  });

  expect(problems).toEqual([]);
});

test('a note is never sent to the customer: each editor keeps its own text and sends only that', async ({
  page,
  host,
}) => {
  await openSelectedCase(page, host.url);
  const history = page.getByRole('feed', { name: 'Case history' });
  const note = page.getByRole('textbox', { name: 'Internal note', exact: true });
  const reply = page.getByRole('textbox', { name: 'Reply to customer', exact: true });

  await page.keyboard.press('n');
  await page.keyboard.type('Only for colleagues: she sounded worried.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('r');
  // Switching modes moves no text: the reply starts empty.
  await expect(reply).toHaveText('');
  await page.keyboard.type('Thank you, we will call you tomorrow.');
  await page.keyboard.press('ControlOrMeta+Enter');

  const sentReply = history.getByRole('article').filter({ hasText: 'we will call you tomorrow' });
  await expect(sentReply).toContainText('Sent to the customer');
  await expect(history.getByRole('article').filter({ hasText: 'she sounded worried' })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await expect(note).toHaveText('Only for colleagues: she sounded worried.');
  await page.keyboard.press('ControlOrMeta+Enter');
  const savedNote = history.getByRole('article').filter({ hasText: 'she sounded worried' });
  await expect(savedNote).toHaveCount(1);
  await expect(savedNote).toHaveAccessibleName(/^Internal note/);
  await expect(savedNote).not.toContainText('Sent to the customer');
});

test('a half-typed note survives a crash of the desk and a reload', async ({ page, host }) => {
  const chosen = await openSelectedCase(page, host.url);
  const words = 'Half-typed: Ørjan asked whether the appeal';
  await page.keyboard.press('n');
  await page.keyboard.type(words);

  // The draft reaches the store within moments of the last keystroke, without leaving the editor.
  const api = await connectApi(host.url);
  await expect
    .poll(async () => (await api.call('drafts.load', { caseId: chosen.id, mode: 'note' })).draft?.text)
    .toBe(words);
  api.close();

  await host.kill('SIGKILL');
  await host.restart();
  await page.goto(host.url);
  await page
    .getByRole('listbox', { name: 'Inbox' })
    .getByRole('option', { name: new RegExp(escapeRegExp(chosen.personName)) })
    .filter({ hasText: chosen.subject })
    .first()
    .click();
  await expect(page.getByRole('feed', { name: 'Case history' })).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Internal note', exact: true })).toHaveText(words);
});

// What Word puts on the clipboard, shortened: Office namespaces, a style sheet, classes, mso- styles,
// <o:p>, a coloured heading, a list written as styled paragraphs, an inline image.
const wordClipboard = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style><!-- p.MsoNormal {font-family:"Calibri",sans-serif;} --></style></head><body lang=SV>
<!--StartFragment--><p class=MsoNormal><b><span style='font-size:14.0pt;color:#C00000'>Beslut om bidrag</span></b><o:p></o:p></p>
<p class=MsoNormal><span style='font-family:"Comic Sans MS";background:yellow'>Vi behöver</span> två papper:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp; </span></span><![endif]>Hyresavtal<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp; </span></span><![endif]>Lönebesked<o:p></o:p></p>
<p class=MsoNormal><img src="data:image/png;base64,iVBORw0KGgo="></p><!--EndFragment--></body></html>`;

test('pasting from Word, mentioning a colleague and inserting a saved reply', async ({ page, host }) => {
  const problems = watchProblems(page);
  await openSelectedCase(page, host.url);
  const note = page.getByRole('textbox', { name: 'Internal note', exact: true });
  const reply = page.getByRole('textbox', { name: 'Reply to customer', exact: true });

  await test.step('a paste from Word arrives without styles, fonts, colours or images', async () => {
    await page.keyboard.press('n');
    await note.evaluate((editor, html) => {
      const browser = globalThis as unknown as BrowserGlobals;
      const data = new browser.DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Beslut om bidrag\nVi behöver två papper:\nHyresavtal\nLönebesked');
      editor.dispatchEvent(
        new browser.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, wordClipboard);
    await expect(note.getByRole('listitem')).toHaveText(['Hyresavtal', 'Lönebesked']);
    await expect(note).toContainText('Beslut om bidrag');
    await expect(note.getByRole('strong')).toHaveText('Beslut om bidrag');
    const markup = await note.innerHTML();
    expect(markup).not.toMatch(/style=|Mso|Calibri|Comic|#C00000|<img|o:p/i);
    await note.press('ControlOrMeta+a');
    await note.press('Delete');
  });

  await test.step('"@" and letters list colleagues; Enter mentions the chosen one', async () => {
    const api = await connectApi(host.url);
    const info = await api.call('workspace.info', {});
    api.close();
    const colleague = info.agents.find((agent) => agent.id !== info.me.id)!;
    const firstName = colleague.name.split(' ')[0]!;
    await page.keyboard.type(`Please call back, @${firstName.slice(0, 3)}`);
    const mentions = page.getByRole('listbox', { name: 'Mention a colleague' });
    await expect(mentions).toBeVisible();
    const picked = await mentions.getByRole('option', { selected: true }).innerText();
    await page.keyboard.press('Enter');
    await expect(mentions).toBeHidden();
    await expect(note).toHaveText(`Please call back, @${picked} `);
    await page.keyboard.press('ControlOrMeta+Enter');
    const history = page.getByRole('feed', { name: 'Case history' });
    await expect(
      history.getByRole('article', { name: /^Internal note/ }).filter({ hasText: `@${picked}` }),
    ).toHaveCount(1);
  });

  await test.step('Mod+Shift+S in the reply picks a saved reply; the palette command inserts one too', async () => {
    const api = await connectApi(host.url);
    const { savedReplies } = await api.call('workspace.info', {});
    api.close();
    const [first, second] = savedReplies;
    await page.keyboard.press('Escape');
    await page.keyboard.press('r');
    await page.keyboard.press('ControlOrMeta+Shift+S');
    const picker = page.getByRole('dialog', { name: 'Saved replies' });
    await expect(picker).toBeVisible();
    await page.keyboard.type(first!.title);
    await page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
    await expect(reply).toBeFocused();
    await expect(reply).toContainText(squash(first!.bodyText).slice(0, 30));

    await reply.press('ControlOrMeta+a');
    await reply.press('Delete');
    await page.keyboard.press('Escape');
    await page.evaluate((replyId) => {
      const browser = globalThis as unknown as BrowserGlobals;
      browser.dispatchEvent(new browser.CustomEvent('nara:insert-saved-reply', { detail: { replyId } }));
    }, second!.id);
    await expect(reply).toBeFocused();
    await expect(reply).toContainText(squash(second!.bodyText).slice(0, 30));
  });

  expect(problems).toEqual([]);
});
