import path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { loadServices } from '../../src/booking/services';
import { KNOWLEDGE_DIR, messages } from '../helpers/dialog-deps';
import { screeningQuestion } from '../helpers/screening';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import {
  ARTIFACTS,
  type Browser,
  chatFrame,
  launchBrowser,
  runAxe,
  scrollIntoView,
  serious,
  shown,
  waitForNextStep,
} from '../helpers/browser';

const SEND_BOX = '.webchat__send-box-text-box__input';
const BOT_ACTIVITY = '.webchat__basic-transcript__activity';
const catalogue = loadServices(KNOWLEDGE_DIR);
const AGE_QUESTION = screeningQuestion('age').text;

/** The label of one option of a choice question, as its button shows it. */
function optionLabel(questionId: string, optionId: string): string {
  const question = screeningQuestion(questionId);
  if (question.type !== 'choice') throw new Error(`${questionId} is no longer a choice`);
  const option = question.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`${questionId} has no option "${optionId}"`);
  return option.label;
}
/**
 * The buttons a healthy adult presses, in order of preference when several show: none of the urgent
 * signs, the whole face and body, "No", and the review's confirmation.
 */
const HEALTHY_PRESSES = [
  optionLabel('red_flag_symptoms', 'none'),
  optionLabel('treatment_area', 'all'),
  messages.text('choice_no'),
  messages.text('choice_review_confirm'),
];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

jest.setTimeout(240_000);

/** The narrowest phone we support: 320 px wide. */
describe('the health check and service cards on a 320 px screen (headless Chromium)', () => {
  let running: RunningApp;
  let browser: Browser;
  let page: Page;

  // One app for the file; each test has its own browser (so its own visitor) and completes its own health check.
  beforeAll(async () => {
    running = await startTestApp();
  });
  afterAll(async () => {
    await running?.close();
  });
  beforeEach(async () => {
    browser = await launchBrowser({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    page = browser.page;
  });
  afterEach(async () => {
    await browser?.close();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `cards-${name}.png`) });

  async function completeHealthCheck(frame: Frame): Promise<void> {
    const bot = frame.locator(BOT_ACTIVITY);
    const suggested = (label: string) =>
      frame
        .locator('.webchat__suggested-action')
        .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) });
    const outcome = shown(messages.text('recommendation_intro'));
    // Turns that end without buttons: the typed age question, and the outcome.
    const settle = (count: number) => waitForNextStep(frame, count, [shown(AGE_QUESTION), outcome]);
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
    await type(messages.text('choice_get_recommendation'));
    await press(messages.text('choice_yes'));
    await shot('1-health-check');
    expect(serious(await runAxe(frame))).toEqual([]);
    for (
      let answered = 0;
      !outcome.test(await frame.locator('.webchat__basic-transcript').innerText());
      answered++
    ) {
      if (answered > 40) throw new Error('the health check did not finish in 40 answers');
      let pressed = false;
      for (const label of HEALTHY_PRESSES) {
        if (pressed || (await suggested(label).count()) === 0) continue;
        await press(label);
        pressed = true;
      }
      if (!pressed) await type('45');
    }
  }

  /** Opens the chat and completes the health check; returns the chat frame showing the service cards. */
  async function servicesOffered(): Promise<Frame> {
    await page.goto(`${running.url}/`);
    await page.locator('.lymph-chat__launcher').click();
    const frame = await chatFrame(page);
    await frame.locator(SEND_BOX).waitFor();
    await completeHealthCheck(frame);
    await frame.locator('.lymph-service').first().waitFor();
    return frame;
  }

  it('shows each service as a card that fits the panel, one under another, named in full', async () => {
    const frame = await servicesOffered();
    const cards = frame.locator('.lymph-service');
    await cards.first().waitFor();
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    const width = await frame.evaluate(() => (globalThis as unknown as { innerWidth: number }).innerWidth);
    const boxes = [];
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      const box = (await card.boundingBox())!;
      // Inside the panel: nothing clipped on either side, and no wider than its content allows.
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(
        await card.evaluate(
          (node) =>
            (node as unknown as { scrollWidth: number; clientWidth: number }).scrollWidth <=
            (node as unknown as { clientWidth: number }).clientWidth,
        ),
      ).toBe(true);
      // Named in full for screen readers, from the service's own name in services.yaml.
      const title = await card.locator('.lymph-service__title').innerText();
      const service = catalogue.services.find((s) => s.name === title);
      expect(service).toBeDefined();
      const book = card.getByRole('link', {
        name: messages.text('booking_card_book_named', { name: service!.name }),
      });
      expect(await book.count()).toBe(1);
      expect(await book.innerText()).toBe(messages.text('booking_card_book'));
      expect(new URL((await book.getAttribute('href'))!).pathname).toBe(`/book/${service!.id}`);
      boxes.push(box);
    }
    // One under another, never overlapping (Web Chat's carousel arrows covered the price). Measured at one
    // instant, since the transcript may still scroll.
    const rects = await cards.evaluateAll((nodes) =>
      nodes.map((node) => {
        const rect = (
          node as unknown as { getBoundingClientRect(): { top: number; bottom: number } }
        ).getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom };
      }),
    );
    expect(rects).toHaveLength(boxes.length);
    for (let i = 1; i < rects.length; i++) expect(rects[i]!.top).toBeGreaterThanOrEqual(rects[i - 1]!.bottom);
    expect(await frame.locator('.webchat__carousel-filmstrip__flipper, .react-film__flipper').count()).toBe(
      0,
    );
    await scrollIntoView(cards.first());
    await shot('2-service-cards');
    expect(serious(await runAxe(frame))).toEqual([]);
  });

  it('opens the booking page in a new tab from the card link, and then shows that button as visited', async () => {
    const frame = await servicesOffered();
    const book = frame.locator('.lymph-service__book').first();
    const href = (await book.getAttribute('href'))!;
    const name = await book.getAttribute('aria-label');
    await scrollIntoView(book);
    const before = await rendered(book, 'book-unvisited');
    // The booking system is another site, out of reach here: a stand-in page answers for it, so the new
    // tab's navigation completes and the browser records the visit as it would for a person.
    await page.context().route(
      (url) => url.origin !== new URL(running.url).origin,
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Booking</title>' }),
    );
    const [request, bookingTab] = await Promise.all([
      page.context().waitForEvent('request', (r) => r.url() === href),
      page.context().waitForEvent('page'),
      book.click(),
    ]);
    expect(request.isNavigationRequest()).toBe(true);
    await bookingTab.waitForLoadState('load');
    expect(await bookingTab.title()).toBe('Booking');
    await bookingTab.close();
    // Browsers report :visited styles to scripts as if unvisited (a privacy rule), so the test reads what
    // is painted: the button's pixels, until the browser has recorded the visit and repainted.
    await page.mouse.move(0, 0);
    let after = await rendered(book, 'book-visited');
    for (let attempt = 0; attempt < 100 && sameColour(after.background, before.background); attempt++) {
      await page.waitForTimeout(50);
      after = await rendered(book, 'book-visited');
    }
    expect(sameColour(after.background, before.background)).toBe(false);
    // Still readable (WCAG AA for normal text, 4.5:1) and still named in full for screen readers.
    expect(contrast(after.text, after.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(before.text, before.background)).toBeGreaterThanOrEqual(4.5);
    expect(await book.getAttribute('aria-label')).toBe(name);
    await shot('3-visited');
  });
});

type Rgb = readonly [number, number, number];

/**
 * Screenshots one element (kept under test-artifacts/) and reads its painted colours: the background
 * just inside its left edge, halfway down, and the text colour as the pixel that differs most from it.
 */
async function rendered(element: Locator, name: string): Promise<{ background: Rgb; text: Rgb }> {
  const png = PNG.sync.read(await element.screenshot({ path: path.join(ARTIFACTS, `cards-${name}.png`) }));
  const at = (x: number, y: number): Rgb => {
    const i = (png.width * y + x) * 4;
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  };
  const background = at(8, Math.floor(png.height / 2));
  let text = background;
  for (let y = 0; y < png.height; y++)
    for (let x = 8; x < png.width - 8; x++)
      if (contrast(at(x, y), background) > contrast(text, background)) text = at(x, y);
  return { background, text };
}

function sameColour(a: Rgb, b: Rgb): boolean {
  return a.every((value, i) => Math.abs(value - b[i]!) <= 8);
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, bl] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
