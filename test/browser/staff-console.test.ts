import path from 'node:path';
import type { Page } from 'playwright-core';
import { hashPassword } from '../../src/handoff/passwords';
import { MemoryStaffAccounts } from '../../src/storage/staff-accounts';
import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { eventually, OPEN_NOW, openClock } from '../handoff/helpers';
import { ARTIFACTS, type Browser, launchBrowser, runAxe, serious } from './browser';

jest.setTimeout(120_000);

const XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> is anyone there?';

describe('the staff console in a real browser (headless Chromium)', () => {
  const connector = new LocalConnector();
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  let user: EmulatorUser;

  beforeAll(async () => {
    await connector.start();
    const staffAccounts = new MemoryStaffAccounts();
    await staffAccounts.add({
      name: 'clara',
      role: 'clinician',
      passwordHash: await hashPassword('console password 1'),
      createdAt: OPEN_NOW,
    });
    running = await startTestApp({ clock: openClock(), overrides: { staffAccounts } });
    browser = await launchBrowser();
    page = browser.page;
    user = new EmulatorUser(running.url, connector);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await connector.stop();
  });

  const lastToPerson = () => String(connector.messagesTo(user.conversationId).at(-1)?.text ?? '');

  it('signs in', async () => {
    await page.goto(`${running.url}/staff`);
    await page.getByLabel('Name').fill('clara');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#login-error').filter({ hasText: 'wrong name or password' }).waitFor();
    await page.getByLabel('Password').fill('console password 1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#app').waitFor();
    await page.locator('#whoami').filter({ hasText: 'clara' }).waitFor();
    expect(await page.locator('#queue-empty').isVisible()).toBe(true);
    expect(serious(await runAxe(page))).toEqual([]);
  });

  it('shows a new request live, with what the person wrote as text, never as markup', async () => {
    await user.say(XSS);
    await user.say('can i talk to a real person please');
    // No reload: the list updates from the server-sent events.
    const item = page.locator('#tickets button').first();
    await item.waitFor();
    expect(await item.innerText()).toContain('Asked for a person');
    await item.click();
    await page.locator('#excerpt li').first().waitFor();
    const excerpt = await page.locator('#excerpt').innerText();
    expect(excerpt).toContain('<script>window.__xss = 1</script>');
    expect(excerpt).toContain('<img src=x onerror=');
    expect(await page.locator('#detail img, #detail script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('claims, replies into the person’s chat, and sees their answer arrive', async () => {
    await page.getByRole('button', { name: 'Claim' }).click();
    await eventually(() => expect(lastToPerson()).toBe(messages.text('handoff_joined', { name: 'clara' })));
    await page.getByLabel('Reply to the person').fill('Hello, this is Clara. How can I help?');
    await page.getByRole('button', { name: 'Send' }).click();
    await eventually(() => expect(lastToPerson()).toBe('clara: Hello, this is Clara. How can I help?'));

    expect(await user.say('<img src=x onerror="window.__xss = 3"> my arm feels heavy')).toEqual([]);
    await page.locator('#messages li', { hasText: 'my arm feels heavy' }).waitFor();
    expect(await page.locator('#messages').innerText()).toContain('<img src=x onerror="window.__xss = 3">');
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-console.png'), fullPage: true });
    expect(serious(await runAxe(page))).toEqual([]);
  });

  it('closes, and the person is back with the assistant', async () => {
    await page.getByRole('button', { name: 'Close and hand back to the assistant' }).click();
    await eventually(() => expect(lastToPerson()).toBe(messages.text('handoff_closed', { name: 'clara' })));
    await page.locator('#queue-empty').waitFor({ state: 'visible' });
    expect(await user.say('thank you so much!')).toEqual([messages.text('thanks_reply')]);
    expect(browser.console.filter((line) => line.startsWith('pageerror'))).toEqual([]);
  });
});
