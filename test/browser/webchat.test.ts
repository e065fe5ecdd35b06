import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { loadChannelContent } from '../../src/channels';
import { findService, loadServices } from '../../src/booking/services';
import { KNOWLEDGE_DIR, messages, spa } from '../helpers/dialog-deps';
import { screeningQuestion } from '../helpers/screening';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import {
  ARTIFACTS,
  type Browser,
  chatFrame,
  focusedClassName,
  launchBrowser,
  runAxe,
  scrollIntoView,
  serious,
  shown,
  waitForNextStep,
} from '../helpers/browser';

const QUESTION = 'what is lymphatic drainage?';
const words = loadChannelContent(KNOWLEDGE_DIR, spa).webchat;
const SEND_BOX = '.webchat__send-box-text-box__input';
const BOT_ACTIVITY = '.webchat__basic-transcript__activity';
const services = loadServices(KNOWLEDGE_DIR);
const HEALTHY_ADULT_SERVICES = ['mld-60', 'mld-90', 'facial-mld'];
const AGE_QUESTION = screeningQuestion('age').text;

jest.setTimeout(180_000);

describe('the web chat in a real browser (headless Chromium)', () => {
  // One app for the file; each test has its own browser profile, so its own visitor and conversation.
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    running = await startTestApp();
  });
  afterAll(async () => {
    writeFileSync(path.join(ARTIFACTS, 'webchat-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    await running?.close();
  });
  beforeEach(async () => {
    browser = await launchBrowser();
    page = browser.page;
  });
  afterEach(async () => {
    await browser?.close();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `webchat-${name}.png`) });
  const transcriptText = (frame: Frame) => frame.locator('.webchat__basic-transcript').innerText();

  async function visitSpaPage(): Promise<void> {
    await page.goto(`${running.url}/`);
    await page.locator('.lymph-chat__launcher').waitFor();
  }

  async function openWidgetWithKeyboard(): Promise<Frame> {
    await page.locator('.lymph-chat__launcher').focus();
    await page.keyboard.press('Enter');
    const frame = await chatFrame(page);
    await frame.locator(SEND_BOX).waitFor();
    return frame;
  }

  /** The spa page with the chat open and the welcome shown. */
  async function openChat(): Promise<Frame> {
    await visitSpaPage();
    const frame = await openWidgetWithKeyboard();
    await frame.getByText(messages.text('welcome').slice(0, 40)).waitFor();
    return frame;
  }

  /** Asks the question and waits for the answer's source link. */
  async function askQuestion(frame: Frame): Promise<void> {
    await frame.locator(SEND_BOX).fill(QUESTION);
    await frame.locator(SEND_BOX).press('Enter');
    await frame.locator(`${BOT_ACTIVITY} a[href^="https://"]`).first().waitFor();
  }

  /** Presses "tell me more" under the answer and waits for the bot's reply to it. */
  async function pressTellMeMore(frame: Frame): Promise<void> {
    const action = frame
      .locator('.webchat__suggested-action')
      .filter({ hasText: messages.text('kb_tell_me_more') });
    const before = await frame.locator(BOT_ACTIVITY).count();
    await action.click();
    // The pressed action shows as the person's message, and the bot answers it.
    await frame
      .locator(BOT_ACTIVITY)
      .nth(before + 1)
      .waitFor();
  }

  it('shows the spa page with the chat button, with no serious accessibility problems', async () => {
    await visitSpaPage();
    expect(await page.locator('h1').innerText()).toBe(spa.tagline);
    expect(await page.locator('.lymph-chat__launcher').getAttribute('aria-expanded')).toBe('false');
    await shot('1-page');
    expect(serious(await runAxe(page))).toEqual([]);
  });

  it('opens from the keyboard, focuses the send box, and greets', async () => {
    await visitSpaPage();
    const started = Date.now();
    const frame = await openWidgetWithKeyboard();
    await frame.getByText(messages.text('welcome').slice(0, 40)).waitFor();
    timings.openToWelcomeMs = Date.now() - started;
    // Screen readers hear who is speaking, in our words rather than Web Chat's "Bot said:".
    expect(await frame.getByText(words.botSaidLabel).count()).toBeGreaterThan(0);
    expect(await page.locator('.lymph-chat__launcher').getAttribute('aria-expanded')).toBe('true');
    expect(await frame.evaluate(focusedClassName)).toContain('webchat__send-box-text-box__input');
    await shot('2-open');
  });

  it('answers "what is lymphatic drainage?" with its source link', async () => {
    const frame = await openChat();
    const before = await frame.locator(BOT_ACTIVITY).count();
    const started = Date.now();
    await askQuestion(frame);
    timings.firstAnswerMs = Date.now() - started;
    const sourceLink = frame.locator(`${BOT_ACTIVITY} a[href^="https://"]`).first();
    expect(await frame.locator(BOT_ACTIVITY).count()).toBeGreaterThan(before);
    expect(await sourceLink.innerText()).not.toBe('');
    expect(await transcriptText(frame)).toContain(messages.text('kb_sources'));
    await shot('3-answer');
  });

  it('has no serious accessibility problems in the open widget', async () => {
    const frame = await openChat();
    await askQuestion(frame);
    const inFrame = serious(await runAxe(frame));
    const onPage = serious(await runAxe(page));
    expect({ inFrame, onPage }).toEqual({ inFrame: [], onPage: [] });
  });

  it('sends a suggested action when clicked', async () => {
    const frame = await openChat();
    await askQuestion(frame);
    await pressTellMeMore(frame);
    expect(await transcriptText(frame)).toContain(messages.text('kb_tell_me_more'));
    await shot('4-suggested-action');
  });

  it('completes a health screening by buttons and typing, and recommends services', async () => {
    const frame = await openChat();
    const bot = frame.locator(BOT_ACTIVITY);
    const suggested = (label: string) =>
      frame.locator('.webchat__suggested-action').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
    const outcome = messages.text('recommendation_intro');
    // Turns that end without buttons: the typed age question, and the outcome.
    const settle = (count: number) => waitForNextStep(frame, count, [shown(AGE_QUESTION), shown(outcome)]);
    const press = async (label: string) => {
      const count = await bot.count();
      await suggested(label).first().click();
      await settle(count);
    };
    const type = async (text: string) => {
      const count = await bot.count();
      await frame.locator(SEND_BOX).fill(text);
      await frame.locator(SEND_BOX).press('Enter');
      await settle(count);
    };

    const started = Date.now();
    await type(messages.text('choice_get_recommendation'));
    expect(await transcriptText(frame)).toContain(messages.text('screening_consent').slice(0, 40));
    await press(messages.text('choice_yes'));
    let answered = 0;
    while (!(await transcriptText(frame)).includes(outcome)) {
      if (++answered > 40) throw new Error('the screening did not finish in 40 answers');
      // "No" to every health question, "None of these" to the choice questions, the age typed, and the
      // answers confirmed on the review step before the result.
      if ((await suggested(messages.text('choice_no')).count()) > 0) await press(messages.text('choice_no'));
      else if ((await suggested(messages.text('choice_none_of_these')).count()) > 0)
        await press(messages.text('choice_none_of_these'));
      else if ((await suggested(messages.text('choice_review_confirm')).count()) > 0)
        await press(messages.text('choice_review_confirm'));
      else await type('45');
    }
    timings.screeningMs = Date.now() - started;
    timings.screeningAnswers = answered + 1;
    // The services a healthy adult may book (test/fixtures/screening-answers.yaml, first case), as cards the
    // panel draws itself, each with a booking link named in full.
    const offered = HEALTHY_ADULT_SERVICES.map((id) => findService(services, id)!.name);
    const cards = frame.locator('.lymph-service');
    await cards.nth(offered.length - 1).waitFor();
    expect(await cards.locator('.lymph-service__title').allInnerTexts()).toEqual(offered);
    expect(
      await cards
        .locator('.lymph-service__book')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(HEALTHY_ADULT_SERVICES.map((id) => expect.stringContaining(`/book/${id}?`)));
    await scrollIntoView(cards.first());
    await shot('5-screening-outcome');
  });

  it('closes with Escape and gives focus back to the button', async () => {
    const frame = await openChat();
    await frame.locator(SEND_BOX).focus();
    await page.keyboard.press('Escape');
    await page.locator('.lymph-chat__panel').waitFor({ state: 'hidden' });
    expect(await page.evaluate(focusedClassName)).toContain('lymph-chat__launcher');
  });

  it('shows the same conversation after a reload', async () => {
    const frame = await openChat();
    await askQuestion(frame);
    await pressTellMeMore(frame);
    await page.reload();
    const reloaded = await openWidgetWithKeyboard();
    await reloaded.getByText(QUESTION, { exact: true }).first().waitFor();
    const text = await transcriptText(reloaded);
    expect(text).toContain(messages.text('kb_tell_me_more'));
    expect(await reloaded.locator(`${BOT_ACTIVITY} a[href^="https://"]`).count()).toBeGreaterThan(0);
    await shot('6-after-reload');
  });

  it('logs no errors or Content-Security-Policy violations through a visit', async () => {
    const frame = await openChat();
    await askQuestion(frame);
    await pressTellMeMore(frame);
    expect(browser.console.filter((line) => /^error|pageerror|Content Security Policy/i.test(line))).toEqual(
      [],
    );
  });
});
