// Two agents, one hub: agent 1 keeps working while the hub is gone, and once it is back, agent 2 sees
// agent 1's note and promise appear on the case they have open, without reloading.
// Needs the built hub beside the built host (`npm run build:hub`; or NARA_E2E_OUT with hub/ in it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { RunningHost } from './fixtures/hostProcess';
import { freePort, hubAdmin, startHostSignedIn, startHub, type RunningHub } from './fixtures/hubProcess';
import { saveScreenshots } from './fixtures/screenshots';

const PASSWORD = 'correct horse battery';
const TEAM = 'Kundservice Malmö';
const maja = { name: 'Maja Lindqvist', email: 'maja@hub.example' };
const ole = { name: 'Ole Nørgaard', email: 'ole@hub.example' };
const NOTE = 'Ringde Åsa från tåget: fakturan krediteras.';
const PROMISE = 'Skicka den krediterade fakturan till Åsa';

test.describe.configure({ timeout: 120_000 });

async function openCase(browser: Browser, host: RunningHost): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(host.url);
  await expect(page.getByRole('status', { name: 'Sync' })).toHaveText(/^Synced/, { timeout: 30_000 });
  const row = page
    .getByRole('listbox', { name: 'Inbox' })
    .getByRole('option', { name: /Åsa Bergström, Fakturan stämmer inte/ });
  await row.click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('feed', { name: 'Case history' })).toBeFocused();
  return page;
}

test('agent 1 works while the hub is gone; back online, agent 2 sees the note and the promise without reloading', async ({
  browser,
}, testInfo) => {
  const folders = [mkdtempSync(join(tmpdir(), 'nara-hub-')), mkdtempSync(join(tmpdir(), 'nara-desk1-'))];
  folders.push(mkdtempSync(join(tmpdir(), 'nara-desk2-')));
  const [hubDir, desk1Dir, desk2Dir] = folders as [string, string, string];
  let log = '';
  const onLog = (chunk: string): void => {
    log += chunk;
  };
  let hub: RunningHub | null = null;
  const hosts: RunningHost[] = [];
  try {
    await hubAdmin(hubDir, ['create-team', '--name', TEAM]);
    for (const agent of [maja, ole]) {
      await hubAdmin(hubDir, [
        'create-agent',
        '--team',
        TEAM,
        '--name',
        agent.name,
        '--email',
        agent.email,
        '--password',
        PASSWORD,
      ]);
    }
    const { channelKey } = (await hubAdmin(hubDir, [
      'create-channel-key',
      '--team',
      TEAM,
      '--channel',
      'webform',
    ])) as {
      channelKey: { key: string };
    };
    const port = await freePort();
    hub = await startHub(hubDir, port, onLog);
    const posted = await fetch(`${hub.url}/channels/webform`, {
      method: 'POST',
      headers: { authorization: `Bearer ${channelKey.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Åsa Bergström',
        email: 'asa@kund.example',
        subject: 'Fakturan stämmer inte',
        message: 'Hej, min faktura för februari är dubbel.',
      }),
    });
    expect(posted.status).toBe(201);

    hosts.push(
      await startHostSignedIn(desk1Dir, { url: hub.url, email: maja.email, password: PASSWORD }, onLog),
    );
    hosts.push(
      await startHostSignedIn(desk2Dir, { url: hub.url, email: ole.email, password: PASSWORD }, onLog),
    );
    const [host1, host2] = hosts as [RunningHost, RunningHost];
    const agent1 = await openCase(browser, host1);
    const agent2 = await openCase(browser, host2);
    // Gone after a reload: proves agent 2's window was never reloaded.
    await agent2.evaluate('window.__stillTheSamePage = true');
    const status1 = agent1.getByRole('status', { name: 'Sync' });
    const history1 = agent1.getByRole('feed', { name: 'Case history' });
    const history2 = agent2.getByRole('feed', { name: 'Case history' });

    await test.step('the hub goes away; agent 1 writes a note and makes a promise anyway', async () => {
      await hub?.stop();
      hub = null;
      await agent1.keyboard.press('n');
      await expect(agent1.getByRole('textbox', { name: 'Internal note', exact: true })).toBeFocused();
      await agent1.keyboard.type(NOTE);
      await agent1.keyboard.press('ControlOrMeta+Enter');
      await expect(
        history1.getByRole('article', { name: /^Internal note/ }).filter({ hasText: NOTE }),
      ).toHaveCount(1);
      await expect(status1).toHaveText('Offline — 1 change waiting');

      await agent1.keyboard.press('Escape');
      await agent1.keyboard.press('p');
      const dialog = agent1.getByRole('dialog', { name: 'Make a promise' });
      await expect(dialog.getByRole('textbox', { name: 'What did you promise?' })).toBeFocused();
      await agent1.keyboard.type(PROMISE);
      await agent1.keyboard.press('ControlOrMeta+Enter');
      await expect(dialog).toBeHidden();
      await expect(history1.getByRole('article', { name: /Promise made by/ })).toHaveCount(1);
      await expect(status1).toHaveText('Offline — 2 changes waiting');
      await saveScreenshots(agent1, 'sync-offline');
    });

    await test.step('the hub is back: agent 1 sends both, agent 2 sees them appear', async () => {
      hub = await startHub(hubDir, port, onLog);
      await expect(status1).toHaveText(/^Synced/, { timeout: 45_000 });
      await expect(
        history2.getByRole('article', { name: /^Internal note/ }).filter({ hasText: NOTE }),
      ).toHaveCount(1, { timeout: 30_000 });
      const promise = history2.getByRole('article', { name: /Promise made by Maja Lindqvist/ });
      await expect(promise).toHaveCount(1);
      await expect(promise).toContainText(PROMISE);
      await expect(agent2.getByRole('region', { name: 'Hand-over brief' })).toContainText(PROMISE);
      expect(await agent2.evaluate('window.__stillTheSamePage === true')).toBe(true);
      await expect(agent2.getByRole('status', { name: 'Sync' })).toHaveText(/^Synced/);
      await saveScreenshots(agent2, 'sync-agent2');
    });
  } finally {
    for (const host of hosts) await host.stop('SIGTERM');
    await (hub as RunningHub | null)?.stop();
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('hub-and-host-logs', { body: log, contentType: 'text/plain' });
    }
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
});
