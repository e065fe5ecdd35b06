import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { loadChannelContent } from '../../src/channels';
import { KNOWLEDGE_DIR, messages, spa } from '../helpers/dialog-deps';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { API_TOKEN, eventually, openClock, StaffApi } from '../helpers/staff-api';
import { ARTIFACTS, type Browser, chatFrame, launchBrowser, runAxe, serious, shown } from '../helpers/browser';

const words = loadChannelContent(KNOWLEDGE_DIR, spa).webchat;
const SEND_BOX = '.webchat__send-box-text-box__input';

jest.setTimeout(180_000);

describe('a team member in the web chat (desktop, headless Chromium)', () => {
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  let staff: StaffApi;

  // Each test has its own app (so its own queue) and browser, and walks the steps it needs itself.
  beforeEach(async () => {
    running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
    staff = new StaffApi(running.url);
    browser = await launchBrowser();
    page = browser.page;
    // The spa's page with the chime turned on (data-sound="true"), and the browser's audio recorded.
    await page.route(`${running.url}/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<script src="/embed.js" defer>', '<script src="/embed.js" data-sound="true" defer>');
      await route.fulfill({ response, body });
    });
    await page.addInitScript(() => {
      const g = globalThis as unknown as { __chimes: number; AudioContext: unknown };
      g.__chimes = 0;
      const node = () => ({
        frequency: { value: 0 },
        gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
        connect: (next: unknown) => next,
        start() {
          g.__chimes++;
        },
        stop() {},
      });
      g.AudioContext = class {
        currentTime = 0;
        destination = {};
        createOscillator = node;
        createGain = node;
        close() {}
      };
    });
  });
  afterEach(async () => {
    await browser?.close();
    await running?.close();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `widget-staff-${name}.png`) });
  const launcher = () => page.locator('.lymph-chat__launcher');

  async function say(frame: Frame, text: string): Promise<void> {
    await frame.locator(SEND_BOX).fill(text);
    await frame.locator(SEND_BOX).press('Enter');
  }

  /** The person opens the chat, asks for a person and writes while waiting; returns their ticket's id. */
  async function askForPersonAndWait(): Promise<string> {
    await page.goto(`${running.url}/`);
    await launcher().click();
    const frame = await chatFrame(page);
    await frame.locator(SEND_BOX).waitFor();
    await say(frame, 'can i talk to a real person please');
    await frame.getByText(shown(messages.text('handoff_live_queued', { position: 1, minutes: 10 }))).first().waitFor();
    await say(frame, 'hi, I had lipo 2 weeks ago and my legs are swollen');
    await frame.getByText(shown(messages.text('handoff_waiting_noted'))).first().waitFor();
    const [ticket] = await staff.openTickets();
    return ticket.id;
  }

  async function claimAs(ticketId: string, staffName: string): Promise<void> {
    expect((await staff.call('POST', `/staff/api/tickets/${ticketId}/claim`, { staffName })).status).toBe(200);
  }

  /** The person closes the chat; Clara claims the request and writes; the badge counts both notices. */
  async function claraRepliesWhileClosed(ticketId: string): Promise<void> {
    await page.locator('.lymph-chat__close').click();
    await page.locator('.lymph-chat__panel').waitFor({ state: 'hidden' });
    await claimAs(ticketId, 'Clara');
    expect(
      (await staff.call('POST', `/staff/api/tickets/${ticketId}/messages`, { text: 'Hello, this is Clara.' })).status,
    ).toBe(201);
    await page.locator('.lymph-chat__badge').filter({ hasText: '2' }).waitFor();
  }

  it('asks for a person and waits in the queue', async () => {
    const ticketId = await askForPersonAndWait();
    const frame = await chatFrame(page);
    expect(await frame.getByText(shown(messages.text('welcome_back'))).count()).toBe(0);
    const detail = await staff.ticket(ticketId);
    expect(detail.messages.map((m: { text: string }) => m.text)).toContain(
      'hi, I had lipo 2 weeks ago and my legs are swollen',
    );
  });

  it('counts replies that arrive while the chat is closed: badge, page title, a chime', async () => {
    const ticketId = await askForPersonAndWait();
    const title = await page.title();
    await claraRepliesWhileClosed(ticketId);
    expect(await page.title()).toBe(`(2) ${title}`);
    expect(await launcher().innerText()).toContain(`2 ${words.unreadLabel}`);
    expect(await page.evaluate(() => (globalThis as unknown as { __chimes: number }).__chimes)).toBe(2);
    await shot('1-unread-badge');
    expect(serious(await runAxe(page))).toEqual([]);
  });

  it('shows the team member by name and role, with a notice that they joined, and clears the count on open', async () => {
    await claraRepliesWhileClosed(await askForPersonAndWait());
    const title = await page.title();
    await launcher().click();
    const frame = await chatFrame(page);
    const staffMessage = frame.locator('.lymph-staff').filter({ hasText: 'Hello, this is Clara.' });
    await staffMessage.waitFor();
    expect(await staffMessage.locator('.lymph-staff__name').innerText()).toBe('Clara');
    expect(await staffMessage.locator('.lymph-staff__role').innerText()).toBe(
      `${messages.text('handoff_staff_role_clinician')} · ${words.teamLabel}`,
    );
    expect(await staffMessage.locator('.lymph-staff__avatar').innerText()).toBe('CL');
    // Only the words: the name is shown above, not as a "Clara:" prefix.
    expect(await staffMessage.locator('.webchat__bubble__content').innerText()).not.toContain('Clara:');
    await frame.locator('.lymph-notice').filter({ hasText: shown(messages.text('handoff_joined', { name: 'Clara' })) }).first().waitFor();
    await page.locator('.lymph-chat__badge').waitFor({ state: 'hidden' });
    expect(await page.title()).toBe(title.replace(/^\(\d+\) /, ''));
    await shot('2-staff-message');
    expect(serious(await runAxe(frame))).toEqual([]);
  });

  it('shows "typing" while the team member writes, and their reply arrives', async () => {
    const ticketId = await askForPersonAndWait();
    await claimAs(ticketId, 'Clara');
    const frame = await chatFrame(page);
    expect((await staff.call('POST', `/staff/api/tickets/${ticketId}/typing`)).status).toBe(204);
    await frame.locator('.webchat__typing-indicator').waitFor();
    await shot('3-typing');
    await say(frame, 'my legs feel heavy');
    await eventually(async () => {
      const detail = await staff.ticket(ticketId);
      expect(detail.messages.map((m: { text: string }) => m.text)).toContain('my legs feel heavy');
    });
  });

  it('tells the person when the team member leaves', async () => {
    const ticketId = await askForPersonAndWait();
    await claimAs(ticketId, 'Clara');
    const frame = await chatFrame(page);
    expect((await staff.call('POST', `/staff/api/tickets/${ticketId}/close`)).status).toBe(200);
    await frame
      .locator('.lymph-notice')
      .filter({ hasText: shown(messages.text('handoff_closed', { name: 'Clara' })) })
      .first()
      .waitFor();
    await shot('4-left');
  });

  it('logs no Web Chat time-outs waiting for a replied-to activity, and no errors', async () => {
    // The whole visit: waiting, a reply while closed, reading it, typing, and the team member leaving.
    const ticketId = await askForPersonAndWait();
    await claraRepliesWhileClosed(ticketId);
    await launcher().click();
    const frame = await chatFrame(page);
    await frame.locator('.lymph-staff').filter({ hasText: 'Hello, this is Clara.' }).waitFor();
    expect((await staff.call('POST', `/staff/api/tickets/${ticketId}/typing`)).status).toBe(204);
    await frame.locator('.webchat__typing-indicator').waitFor();
    await say(frame, 'my legs feel heavy');
    expect((await staff.call('POST', `/staff/api/tickets/${ticketId}/close`)).status).toBe(200);
    await frame
      .locator('.lymph-notice')
      .filter({ hasText: shown(messages.text('handoff_closed', { name: 'Clara' })) })
      .first()
      .waitFor();
    expect(browser.console.filter((line) => /Timed out while waiting|^error|pageerror/i.test(line))).toEqual([]);
  });
});
