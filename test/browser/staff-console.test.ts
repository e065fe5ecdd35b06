import path from 'node:path';
import type { Page } from 'playwright-core';
import { hashPassword } from '../../src/staff/passwords';
import { MemoryStaffAccounts } from '../../src/storage/memory-staff-accounts';
import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { eventually, OPEN_NOW, openClock } from '../helpers/staff-api';
import { ARTIFACTS, type Browser, launchBrowser, runAxe, serious } from '../helpers/browser';

jest.setTimeout(120_000);

const XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> is anyone there?';

describe('the staff console in a real browser (headless Chromium)', () => {
  const connector = new LocalConnector();
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  let user: EmulatorUser;

  beforeAll(() => connector.start());
  afterAll(() => connector.stop());

  // Each test has its own app (so its own queue), browser and person, and walks the steps it needs itself.
  beforeEach(async () => {
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
    // Browser notifications are allowed for the console, and recorded here instead of shown.
    await browser.context.grantPermissions(['notifications'], { origin: running.url });
    await page.addInitScript(() => {
      const shown: string[] = [];
      const record = function (this: unknown, title: string) {
        shown.push(title);
      } as unknown as { permission: string; requestPermission(): Promise<string> };
      record.permission = 'granted';
      record.requestPermission = async () => 'granted';
      const g = globalThis as unknown as { Notification: unknown; __notifications: string[] };
      g.Notification = record;
      g.__notifications = shown;
    });
    // A person on the website chat (our Direct Line's channel id), answered through a local connector.
    user = new EmulatorUser(running.url, connector, { channelId: 'webchat' });
  });
  afterEach(async () => {
    await browser?.close();
    await running?.close();
  });

  const lastToPerson = () => String(connector.messagesTo(user.conversationId).at(-1)?.text ?? '');
  const notifications = () => page.evaluate(() => (globalThis as unknown as { __notifications: string[] }).__notifications);
  const focusedId = () => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id ?? '');

  /** Presses Tab until the element matching `selector` has the focus: the console is usable by keyboard. */
  async function tabTo(selector: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.locator(selector).evaluate((node) => node === (node as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  async function signIn(): Promise<void> {
    await page.goto(`${running.url}/staff`);
    await page.getByLabel('Name').fill('clara');
    await page.getByLabel('Password').fill('console password 1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#app').waitFor();
    await page.locator('#whoami').filter({ hasText: 'clara' }).waitFor();
  }

  async function turnOnAlerts(): Promise<void> {
    await tabTo('#alerts');
    await page.keyboard.press('Space');
  }

  /** The person writes something with markup in it, then asks for a person; the request shows in the list. */
  async function personAsksForSomeone(): Promise<void> {
    await user.say(XSS);
    await user.say('can i talk to a real person please');
    await page.locator('#tickets button').first().waitFor();
  }

  async function openRequest(): Promise<void> {
    await tabTo('#tickets button');
    await page.keyboard.press('Enter');
    await page.locator('#excerpt li').first().waitFor();
  }

  async function claimRequest(): Promise<void> {
    await tabTo('#claim');
    await page.keyboard.press('Enter');
    await eventually(() => expect(lastToPerson()).toBe(messages.text('handoff_joined', { name: 'clara' })));
    await page.locator('#reply-form').waitFor();
  }

  it('shows nothing of the work before sign-in', async () => {
    await page.goto(`${running.url}/staff`);
    await page.getByLabel('Name').waitFor();
    expect(await page.locator('#app').isVisible()).toBe(false);
    expect(await page.getByText('Nobody is waiting').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-console-signin.png') });
    expect(serious(await runAxe(page))).toEqual([]);
  });

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
    await page.locator('#queue-empty').waitFor();
    expect(serious(await runAxe(page))).toEqual([]);
  });

  it('turns on sound and browser notifications for new requests, by keyboard', async () => {
    await signIn();
    await turnOnAlerts();
    expect(await page.locator('#alerts').isChecked()).toBe(true);
  });

  it('shows a new request live, with what the person wrote as text, never as markup', async () => {
    await signIn();
    await turnOnAlerts();
    await user.say(XSS);
    await user.say('can i talk to a real person please');
    // No reload: the list updates from the server-sent events.
    const item = page.locator('#tickets button').first();
    await item.waitFor();
    expect(await item.innerText()).toContain('Asked for a person');
    // The channel in words a person knows, not its id.
    expect(await item.innerText()).toContain('Website chat');
    expect(await item.innerText()).not.toContain('directline');
    expect(await notifications()).toEqual(['A person is waiting for the team.']);
    await tabTo('#tickets button');
    await page.keyboard.press('Enter');
    await page.locator('#excerpt li').first().waitFor();
    const excerpt = await page.locator('#excerpt').innerText();
    expect(excerpt).toContain('<script>window.__xss = 1</script>');
    expect(excerpt).toContain('<img src=x onerror=');
    expect(await page.locator('#detail img, #detail script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('claims, replies into the person’s chat with Enter (Shift+Enter for a new line), and sees their answer arrive', async () => {
    await signIn();
    await personAsksForSomeone();
    await openRequest();
    expect(await page.locator('#facts').innerText()).toContain('Website chat');
    await claimRequest();
    await tabTo('#reply-text');
    expect(await focusedId()).toBe('reply-text');
    await page.keyboard.type('Hello, this is Clara.');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('How can I help?');
    await page.keyboard.press('Enter');
    // The web chat shows the name above the words, so the words go alone, with the line break kept.
    await eventually(() => expect(lastToPerson()).toBe('Hello, this is Clara.\nHow can I help?'));
    // While Clara wrote, the person's chat was told she is typing.
    const typing = connector.received.filter(
      (r) => r.conversationId === user.conversationId && r.activity.type === 'typing',
    );
    expect(typing.map((r) => (r.activity.channelData as { lymphPerson?: { name: string } })?.lymphPerson?.name)).toContain('clara');
    expect(connector.messagesTo(user.conversationId).at(-1)?.channelData).toMatchObject({
      lymphPerson: { name: 'clara', role: messages.text('handoff_staff_role_clinician') },
    });
    await eventually(async () => expect(await page.locator('#reply-text').inputValue()).toBe(''));

    expect(await user.say('<img src=x onerror="window.__xss = 3"> my arm feels heavy')).toEqual([]);
    await page.locator('#messages li', { hasText: 'my arm feels heavy' }).waitFor();
    expect(await page.locator('#messages').innerText()).toContain('<img src=x onerror="window.__xss = 3">');
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-console.png'), fullPage: true });
    expect(serious(await runAxe(page))).toEqual([]);
  });

  it('closes, and the person is back with the assistant', async () => {
    await signIn();
    await personAsksForSomeone();
    await openRequest();
    await claimRequest();
    await tabTo('#close');
    await page.keyboard.press('Enter');
    await eventually(() => expect(lastToPerson()).toBe(messages.text('handoff_closed', { name: 'clara' })));
    await page.locator('#queue-empty').waitFor({ state: 'visible' });
    expect(await user.say('thank you so much!')).toEqual([messages.text('thanks_reply')]);
    expect(browser.console.filter((line) => line.startsWith('pageerror'))).toEqual([]);
  });
});
