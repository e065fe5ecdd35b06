import path from 'node:path';
import type { Frame, Page, Route } from 'playwright-core';
import { loadChannelContent } from '../../src/channels';
import { KNOWLEDGE_DIR, messages, spa } from '../helpers/dialog-deps';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { ARTIFACTS, type Browser, chatFrame, focusedClassName, launchBrowser, PHONE, runAxe, serious, shown } from '../helpers/browser';

const QUESTION = 'what is lymphatic drainage?';
const DRAFT = 'and how long is a session';
const words = loadChannelContent(KNOWLEDGE_DIR, spa).webchat;
const SEND_BOX = '.webchat__send-box-text-box__input';
const BOT_ACTIVITY = '.webchat__basic-transcript__activity';
const EARLY_INPUT = '.lymph-chat__early-input';

jest.setTimeout(180_000);

/**
 * A person on a slow phone opens the chat and types before Web Chat's bundle has arrived: the placeholder's
 * message box takes the message, and once the chat connects it goes out through the same conversation,
 * shown once, answered once. The bundle is held back by the test until it lets it through, so "before
 * Web Chat loads" is certain rather than a race.
 */
describe('typing in the chat before Web Chat has loaded (headless Chromium, phone)', () => {
  let running: RunningApp;
  // Each test has its own browser (its own visitor and conversation) and walks its own steps.
  let browser: Browser;
  let page: Page;
  let releaseBundle: () => void;

  beforeAll(async () => {
    running = await startTestApp();
  });
  afterAll(async () => {
    await running?.close();
  });
  beforeEach(async () => {
    browser = await launchBrowser(PHONE);
    page = browser.page;
    const bundleReleased = new Promise<void>((resolve) => {
      releaseBundle = resolve;
    });
    await page.route(/\/webchat\/webchat\.[0-9A-Za-z]+\.js$/, async (route: Route) => {
      await bundleReleased;
      await route.continue();
    });
  });
  afterEach(async () => {
    releaseBundle();
    await browser?.close();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `webchat-early-${name}.png`) });
  const transcript = (frame: Frame) => frame.locator('.webchat__basic-transcript');
  /** The person's own message bubbles that say `text`. */
  const fromUser = (frame: Frame, text: string) =>
    frame.locator('.webchat__bubble--from-user').filter({ hasText: text });
  /** The bot's answers from the articles: each names its sources. */
  const answers = (frame: Frame) => frame.locator(BOT_ACTIVITY).filter({ hasText: messages.text('kb_sources') });

  /** Opens the chat while Web Chat's bundle is held back, sends QUESTION in the placeholder and starts DRAFT. */
  async function typeBeforeWebChatLoads(): Promise<void> {
    await page.goto(`${running.url}/`);
    await page.locator('.lymph-chat__launcher').click();
    await page.locator('.lymph-chat__welcome').waitFor();
    await page.locator(EARLY_INPUT).fill(QUESTION);
    await page.locator(EARLY_INPUT).press('Enter');
    await page.locator(EARLY_INPUT).fill(DRAFT);
  }

  /** Lets the bundle through and waits for Web Chat's message box and the first answer. */
  async function letWebChatConnect(): Promise<Frame> {
    releaseBundle();
    await page.locator('.lymph-chat--ready').waitFor({ state: 'attached' });
    const frame = await chatFrame(page);
    await frame.locator(SEND_BOX).waitFor();
    await answers(frame).first().waitFor();
    return frame;
  }

  /** Asks for more on the first answer and waits for the reply: a later turn, answered in order. */
  async function askForMore(frame: Frame): Promise<void> {
    const before = await frame.locator(BOT_ACTIVITY).count();
    await frame.locator('.webchat__suggested-action').filter({ hasText: messages.text('kb_tell_me_more') }).first().click();
    await frame.locator(BOT_ACTIVITY).nth(before + 1).waitFor();
  }

  it('takes the first message in the placeholder, before Web Chat has loaded', async () => {
    await page.goto(`${running.url}/`);
    await page.locator('.lymph-chat__launcher').click();
    await page.locator('.lymph-chat__welcome').waitFor();
    // The message box is there and has the focus at once; the chat frame has not got Web Chat yet.
    expect(await page.evaluate(focusedClassName)).toContain('lymph-chat__early-input');
    expect(await page.locator('.lymph-chat--ready').count()).toBe(0);
    await page.locator(EARLY_INPUT).fill(QUESTION);
    await page.locator(EARLY_INPUT).press('Enter');
    expect(await page.locator('.lymph-chat__early-message').allInnerTexts()).toEqual([QUESTION]);
    expect(await page.locator(EARLY_INPUT).inputValue()).toBe('');
    // A second message started but not sent yet: it must not be lost either.
    await page.locator(EARLY_INPUT).fill(DRAFT);
    expect(await page.locator(EARLY_INPUT).getAttribute('aria-label')).toBe(words.inputPlaceholder);
    expect(await page.getByRole('button', { name: words.sendLabel }).count()).toBe(1);
    await shot('1-typed-before-load');
    expect(serious(await runAxe(page))).toEqual([]);
  });

  it('sends it through the conversation once Web Chat connects: shown once, answered once', async () => {
    await typeBeforeWebChatLoads();
    const frame = await letWebChatConnect();
    expect(await answers(frame).count()).toBe(1);
    // The unsent draft moved into Web Chat's own message box.
    expect(await frame.locator(SEND_BOX).inputValue()).toBe(DRAFT);
    // A later turn, answered in order, proves no copy of the first message or its answer is still coming.
    await askForMore(frame);
    // One answer to each of the two questions, the early one shown once, and the welcome once.
    expect(await fromUser(frame, QUESTION).count()).toBe(1);
    expect(await answers(frame).count()).toBe(2);
    expect(await frame.locator(BOT_ACTIVITY).filter({ hasText: shown(messages.text('welcome')) }).count()).toBe(1);
    expect(await page.locator('.lymph-chat__placeholder').isVisible()).toBe(false);
    await shot('2-sent-once');
  });

  it('keeps it once in the conversation after a reload', async () => {
    await typeBeforeWebChatLoads();
    await askForMore(await letWebChatConnect());
    await page.reload();
    await page.locator('.lymph-chat__launcher').click();
    await page.locator('.lymph-chat--ready').waitFor({ state: 'attached' });
    const frame = await chatFrame(page);
    await fromUser(frame, QUESTION).first().waitFor();
    await transcript(frame).getByText(messages.text('kb_tell_me_more'), { exact: true }).first().waitFor();
    expect(await fromUser(frame, QUESTION).count()).toBe(1);
    expect(await answers(frame).count()).toBe(2);
  });

  it('logs no errors or Content-Security-Policy violations on the way', async () => {
    await typeBeforeWebChatLoads();
    await askForMore(await letWebChatConnect());
    expect(browser.console.filter((line) => /^error|pageerror|Content Security Policy/i.test(line))).toEqual([]);
  });
});
