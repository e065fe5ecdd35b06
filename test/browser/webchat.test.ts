import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { loadChannelContent } from '../../src/channels';
import { findService, loadServices } from '../../src/booking/services';
import { KNOWLEDGE_DIR, messages, spa } from '../helpers/dialog-deps';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import {
  ARTIFACTS,
  type Browser,
  chatFrame,
  focusedClassName,
  launchBrowser,
  runAxe,
  serious,
} from './browser';

const QUESTION = 'what is lymphatic drainage?';
const words = loadChannelContent(KNOWLEDGE_DIR, spa).webchat;
const SEND_BOX = '.webchat__send-box-text-box__input';
const BOT_ACTIVITY = '.webchat__basic-transcript__activity';
const services = loadServices(KNOWLEDGE_DIR);
const HEALTHY_ADULT_SERVICES = ['mld-60', 'mld-90', 'facial-mld'];

jest.setTimeout(180_000);

describe('the web chat in a real browser (headless Chromium)', () => {
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    running = await startTestApp();
    browser = await launchBrowser();
    page = browser.page;
  });
  afterAll(async () => {
    writeFileSync(path.join(ARTIFACTS, 'webchat-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    await browser?.close();
    await running?.close();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `webchat-${name}.png`) });
  const transcriptText = (frame: Frame) => frame.locator('.webchat__basic-transcript').innerText();

  async function openWidgetWithKeyboard(): Promise<Frame> {
    await page.locator('.lymph-chat__launcher').focus();
    await page.keyboard.press('Enter');
    const frame = await chatFrame(page);
    await frame.locator(SEND_BOX).waitFor();
    return frame;
  }

  it('shows the spa page with the chat button, with no serious accessibility problems', async () => {
    await page.goto(`${running.url}/`);
    await page.locator('.lymph-chat__launcher').waitFor();
    expect(await page.locator('h1').innerText()).toBe(spa.tagline);
    expect(await page.locator('.lymph-chat__launcher').getAttribute('aria-expanded')).toBe('false');
    await shot('1-page');
    expect(serious(await runAxe(page))).toEqual([]);
  });

  it('opens from the keyboard, focuses the send box, and greets', async () => {
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
    const frame = await chatFrame(page);
    const before = await frame.locator(BOT_ACTIVITY).count();
    const started = Date.now();
    await frame.locator(SEND_BOX).fill(QUESTION);
    await frame.locator(SEND_BOX).press('Enter');
    const sourceLink = frame.locator(`${BOT_ACTIVITY} a[href^="https://"]`).first();
    await sourceLink.waitFor();
    timings.firstAnswerMs = Date.now() - started;
    expect(await frame.locator(BOT_ACTIVITY).count()).toBeGreaterThan(before);
    expect(await sourceLink.innerText()).not.toBe('');
    expect(await transcriptText(frame)).toContain(messages.text('kb_sources'));
    await shot('3-answer');
  });

  it('has no serious accessibility problems in the open widget', async () => {
    const frame = await chatFrame(page);
    const inFrame = serious(await runAxe(frame));
    const onPage = serious(await runAxe(page));
    expect({ inFrame, onPage }).toEqual({ inFrame: [], onPage: [] });
  });

  it('sends a suggested action when clicked', async () => {
    const frame = await chatFrame(page);
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
    expect(await transcriptText(frame)).toContain(messages.text('kb_tell_me_more'));
    await shot('4-suggested-action');
  });

  it('completes a health screening by buttons and typing, and recommends services', async () => {
    const frame = await chatFrame(page);
    const bot = frame.locator(BOT_ACTIVITY);
    const suggested = (label: string) =>
      frame.locator('.webchat__suggested-action').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) });
    const waitForMore = async (count: number) => {
      await bot.nth(count).waitFor();
      // Let the rest of the turn's replies arrive and the suggested actions settle.
      await page.waitForTimeout(150);
    };
    const press = async (label: string) => {
      const count = await bot.count();
      await suggested(label).first().click();
      await waitForMore(count);
    };
    const type = async (text: string) => {
      const count = await bot.count();
      await frame.locator(SEND_BOX).fill(text);
      await frame.locator(SEND_BOX).press('Enter');
      await waitForMore(count);
    };

    const started = Date.now();
    await type(messages.text('choice_get_recommendation'));
    expect(await transcriptText(frame)).toContain(messages.text('screening_consent').slice(0, 40));
    await press(messages.text('choice_yes'));
    let answered = 0;
    const outcome = messages.text('recommendation_intro');
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
    await cards.first().scrollIntoViewIfNeeded();
    await shot('5-screening-outcome');
  });

  it('closes with Escape and gives focus back to the button', async () => {
    const frame = await chatFrame(page);
    await frame.locator(SEND_BOX).focus();
    await page.keyboard.press('Escape');
    await page.locator('.lymph-chat__panel').waitFor({ state: 'hidden' });
    expect(await page.evaluate(focusedClassName)).toContain('lymph-chat__launcher');
  });

  it('shows the same conversation after a reload', async () => {
    await page.reload();
    const frame = await openWidgetWithKeyboard();
    await frame.getByText(QUESTION, { exact: true }).first().waitFor();
    const text = await transcriptText(frame);
    expect(text).toContain(messages.text('kb_tell_me_more'));
    expect(await frame.locator(`${BOT_ACTIVITY} a[href^="https://"]`).count()).toBeGreaterThan(0);
    await shot('6-after-reload');
  });

  it('logs no errors or Content-Security-Policy violations', () => {
    expect(browser.console.filter((line) => /^error|pageerror|Content Security Policy/i.test(line))).toEqual(
      [],
    );
  });
});
