import path from 'node:path';
import type { Page, Response } from 'playwright-core';
import { loadChannelContent } from '../../src/channels';
import { KNOWLEDGE_DIR, messages, spa } from '../helpers/dialog-deps';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { loadSpaAnswerWords } from '../../src/kb/spa-answers';
import { ARTIFACTS, type Browser, chatFrame, launchBrowser, PHONE, runAxe, serious, shown } from '../helpers/browser';

const words = { ...loadChannelContent(KNOWLEDGE_DIR, spa).webchat, sunday: loadSpaAnswerWords(KNOWLEDGE_DIR).days.sun, monday: loadSpaAnswerWords(KNOWLEDGE_DIR).days.mon };
const SEND_BOX = '.webchat__send-box-text-box__input';

jest.setTimeout(180_000);

/** Run in the page: what is drawn at a point (the launcher, the chat frame, …), by class name or tag. */
const topmostAt = ([x, y]: [number, number]): string => {
  const doc = (globalThis as unknown as { document: { elementFromPoint(x: number, y: number): { className: string; tagName: string } | null } }).document;
  const hit = doc.elementFromPoint(x, y);
  return hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : '';
};

describe('the web chat on a phone (390×844, headless Chromium)', () => {
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  let responses: Response[];
  let requests: string[];

  // One app for the file; each test has its own phone browser (so its own visitor) and walks its own steps.
  beforeAll(async () => {
    running = await startTestApp();
  });
  afterAll(async () => {
    await running?.close();
  });
  beforeEach(async () => {
    responses = [];
    requests = [];
    browser = await launchBrowser(PHONE);
    page = browser.page;
    page.on('response', (response) => responses.push(response));
    page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
  });
  afterEach(async () => {
    await browser?.close();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `widget-phone-${name}.png`) });
  const panel = () => page.locator('.lymph-chat__panel');
  const launcher = () => page.locator('.lymph-chat__launcher');

  /** The spa's page, with the chat preloaded as soon as the widget is added. */
  async function loadPage(): Promise<void> {
    await page.goto(`${running.url}/`);
    await launcher().waitFor();
    const frame = await chatFrame(page);
    await frame.waitForFunction(() => 'WebChat' in globalThis);
  }

  /** Taps the button and waits for the chat's message box. */
  async function openSheet(): Promise<void> {
    await launcher().tap();
    await page.locator('.lymph-chat--ready').waitFor();
    await (await chatFrame(page)).locator(SEND_BOX).waitFor();
  }

  const sundayAnswer = () =>
    shown(messages.text('spa_hours_closed_on_day', { days: words.sunday.many, day: words.monday.one, time: '9 am' }));

  it('preloads the chat as soon as the widget is added, without starting a conversation', async () => {
    await loadPage();
    expect(requests).not.toContain('POST /api/webchat/token');
    expect(serious(await runAxe(page))).toEqual([]);
    await shot('1-page');
  });

  it('serves Web Chat compressed (Brotli), under a content-hashed URL browsers may keep for a year', async () => {
    await loadPage();
    const bundle = responses.find((r) => /\/webchat\/webchat\.[A-Za-z0-9]+\.js$/.test(r.url()));
    expect(bundle).toBeDefined();
    const headers = await bundle!.allHeaders();
    expect(headers['content-encoding']).toBe('br');
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('opens at once as a full-screen sheet showing the welcome, then the chat, with no button over it', async () => {
    await loadPage();
    // The token request is held until the sheet has been looked at, so "before any network" is certain.
    let releaseToken!: () => void;
    const tokenHeld = new Promise<void>((resolve) => {
      releaseToken = resolve;
    });
    await page.route('**/api/webchat/token', async (route) => {
      await tokenHeld;
      await route.continue();
    });
    await launcher().tap();
    // Drawn in the click itself, before any network: the welcome and the placeholder.
    expect(await page.locator('.lymph-chat__placeholder').isVisible()).toBe(true);
    expect(await page.locator('.lymph-chat__welcome').innerText()).toBe(messages.text('welcome'));
    releaseToken();
    await page.locator('.lymph-chat--ready').waitFor();
    const frame = await chatFrame(page);
    await frame.locator(SEND_BOX).waitFor();
    expect(requests).toContain('POST /api/webchat/token');
    expect(await panel().boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    expect(await launcher().isVisible()).toBe(false);
    expect(await page.locator('.lymph-chat__close').isVisible()).toBe(true);
    // Every point of the message box's row belongs to the chat, not to a floating button.
    const box = (await page.locator('.lymph-chat__frame').boundingBox())!;
    for (const x of [20, 195, 370]) {
      expect(await page.evaluate(topmostAt, [x, box.y + box.height - 20] as [number, number])).toMatch(
        /^iframe\.lymph-chat__frame/,
      );
    }
    await shot('2-open');
    expect(serious(await runAxe(frame))).toEqual([]);
    expect(serious(await runAxe(page))).toEqual([]);
  });

  it('shrinks to the visible area when the on-screen keyboard opens, keeping the message box in view', async () => {
    await loadPage();
    await openSheet();
    const frame = await chatFrame(page);
    await frame.locator(SEND_BOX).tap();
    // The on-screen keyboard takes the lower part of the screen: the visual viewport shrinks to 500 px.
    await page.setViewportSize({ width: 390, height: 500 });
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): { getBoundingClientRect(): { height: number } } | null } }).document;
      return doc.querySelector('.lymph-chat__panel')?.getBoundingClientRect().height === 500;
    });
    const sendBox = (await frame.locator(SEND_BOX).boundingBox())!;
    expect(sendBox.y + sendBox.height).toBeLessThanOrEqual(500);
    await shot('3-keyboard');
    await page.setViewportSize(PHONE.viewport);
  });

  it('answers "r u open sunday" for Sunday, not with every day\'s hours', async () => {
    await loadPage();
    await openSheet();
    const frame = await chatFrame(page);
    await frame.locator(SEND_BOX).fill('r u open sunday');
    await frame.locator(SEND_BOX).press('Enter');
    await frame.getByText(sundayAnswer()).first().waitFor();
    // The follow-up choices show their whole text, wrapped, never cut off with "…".
    const labels = frame.locator('.webchat__suggested-action__text');
    await labels.first().waitFor();
    const cut = await labels.evaluateAll((nodes) =>
      nodes.filter((node) => {
        const box = node as unknown as { scrollWidth: number; clientWidth: number };
        return box.scrollWidth > box.clientWidth;
      }).length,
    );
    expect(cut).toBe(0);
    await shot('5-open-sunday');
  });

  it('closes from its own close bar and gives the button back', async () => {
    await loadPage();
    await openSheet();
    await page.locator('.lymph-chat__close').tap();
    await panel().waitFor({ state: 'hidden' });
    expect(await launcher().isVisible()).toBe(true);
    expect(await launcher().innerText()).toContain(words.launcherLabel);
    await shot('4-closed');
  });

  it('logs no errors through a visit: open, a question, close', async () => {
    await loadPage();
    await openSheet();
    const frame = await chatFrame(page);
    await frame.locator(SEND_BOX).fill('r u open sunday');
    await frame.locator(SEND_BOX).press('Enter');
    await frame.getByText(sundayAnswer()).first().waitFor();
    await page.locator('.lymph-chat__close').tap();
    await panel().waitFor({ state: 'hidden' });
    expect(browser.console.filter((line) => /^error|pageerror|Content Security Policy/i.test(line))).toEqual([]);
  });
});
