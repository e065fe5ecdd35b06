import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Frame, type Locator, type Page } from 'playwright-core';

/** Debian's chromium; .ci/run installs it (never a browser download). */
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.join(__dirname, '../../test-artifacts');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Messages the page and its frames wrote to the console, and uncaught errors. */
  console: string[];
  close(): Promise<void>;
}

/** A fresh headless Chromium with its own profile, or a clear failure saying how to install one. */
/** A desktop (1280×800) by default; `PHONE` for a 390×844 phone with touch. */
export interface BrowserShape {
  viewport: { width: number; height: number };
  isMobile?: boolean;
  hasTouch?: boolean;
}
export const DESKTOP: BrowserShape = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserShape = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export async function launchBrowser(shape: BrowserShape = DESKTOP): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install it with "apt-get install -y chromium" (.ci/run does this in CI)`,
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'lymph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // The profile directory is passed as --user-data-dir by launchPersistentContext itself.
    args: ARGS,
    ...shape,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return {
    context,
    page,
    console: messages,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The chat frame inside the widget, once it has loaded. */
export async function chatFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().includes('/webchat/frame'));
    if (frame) return frame;
    await page.waitForTimeout(25);
  }
  throw new Error('the chat frame did not load');
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown }>;
}

/**
 * Runs axe-core in a page or frame. It is evaluated through the DevTools protocol, which our
 * Content-Security-Policy (scripts from 'self' only) does not govern, so the page needs no exception.
 */
export async function runAxe(target: Page | Frame): Promise<AxeViolation[]> {
  const source = (require('axe-core') as { source: string }).source;
  await target.evaluate(source);
  return target.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as PageGlobals).document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** The little of the DOM the tests read inside a page (tsconfig has no DOM types). */
interface PageGlobals {
  document: { activeElement: { className: string } | null };
}

/** Run inside a page or frame: the class of the focused element. Serialised, so it refers to nothing outside. */
export const focusedClassName = (): string =>
  (globalThis as unknown as PageGlobals).document.activeElement?.className ?? '';

export function serious(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Matches a sentence as Web Chat shows it: its Markdown renderer turns straight quotes and apostrophes into
 * typographic ones (I'm → I’m), and may fold whitespace.
 */
export function shown(text: string): RegExp {
  const pattern = text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/"/g, '["“”]')
    .replace(/\s+/g, '\\s+');
  return new RegExp(pattern);
}

/**
 * Waits for the bot's turn to end after the transcript held `count` activities: a new activity has arrived
 * and the bot has asked its next thing, either buttons (which Web Chat clears as soon as the person answers,
 * so old ones cannot be mistaken for new) or, in an activity after `count`, one of `endings`: sentences that
 * end a turn without buttons.
 */
export async function waitForNextStep(frame: Frame, count: number, endings: RegExp[]): Promise<void> {
  await frame.waitForFunction(
    ([count, sources]) => {
      const doc = (globalThis as unknown as TranscriptGlobals).document;
      const activities = [...doc.querySelectorAll('.webchat__basic-transcript__activity')];
      if (activities.length <= count) return false;
      if (doc.querySelector('.webchat__suggested-action')) return true;
      const newText = activities
        .slice(count)
        .map((node) => node.textContent ?? '')
        .join('\n');
      return sources.some((source) => new RegExp(source).test(newText));
    },
    [count, endings.map((ending) => ending.source)] as const,
  );
}

/**
 * Scrolls an element into view and waits for it to hold still. Playwright's own scrollIntoViewIfNeeded waits
 * for the element to be stable *before* it scrolls, and Web Chat's transcript keeps easing towards its newest
 * activity: on a loaded machine that wait ran past its 30 s limit. The DOM's scrollIntoView does not wait;
 * the settle loop after it is bounded, and what follows (a screenshot) makes its own checks.
 */
export async function scrollIntoView(element: Locator): Promise<void> {
  await element.evaluate((node) =>
    (node as unknown as { scrollIntoView(options: object): void }).scrollIntoView({ block: 'nearest' }),
  );
  let previous = await element.boundingBox();
  for (let attempt = 0; attempt < 30; attempt++) {
    await element.page().waitForTimeout(100);
    const now = await element.boundingBox();
    if (now && previous && now.x === previous.x && now.y === previous.y) return;
    previous = now;
  }
}

/** The little of the transcript's DOM waitForNextStep reads. */
interface TranscriptGlobals {
  document: {
    querySelector(selector: string): unknown;
    querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
  };
}
