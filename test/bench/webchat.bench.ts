/**
 * `npm run bench:webchat`: how fast the website chat opens on an emulated mid-range phone (Chromium with
 * 4× CPU slowdown and a 9 Mbps, 40 ms network), from the click on the chat button to
 *   - placeholder: the panel is drawn with the welcome (goal < 100 ms),
 *   - usable: the person can type and send — the placeholder's own message box is drawn and focused
 *     (what is sent there goes out once the chat connects), or the chat itself is ready (goal < 1.5 s), and
 *   - connected: Web Chat is connected and its own message box is there (the placeholder swapped out),
 * for a first visit that clicks at once (Web Chat's preload still under way), a first visit that clicks
 * after it (Web Chat preloaded), and a repeat visit (from the browser cache). Prints figures; asserts
 * nothing (tests check behaviour, this checks speed). Needs /usr/bin/chromium.
 */
import type { Page } from 'playwright-core';
import { chatFrame, launchBrowser, PHONE } from '../helpers/browser';
import { startTestApp } from '../helpers/test-app';

const RUNS = 3;
const CPU_SLOWDOWN = 4;
const MBPS = 9;

interface OpenTimes {
  placeholderMs: number;
  usableMs: number;
  connectedMs: number;
}

/** The little of the DOM the bench touches in the page (tsconfig has no DOM types). */
interface PageElement {
  classList: { contains(name: string): boolean };
  offsetParent: unknown;
  click(): void;
}
interface PageDocument {
  querySelector(selector: string): PageElement;
  activeElement: unknown;
}
type PageMutationObserver = new (
  callback: () => void,
) => { observe(target: PageElement, options: { attributes: boolean }): void };

/** Clicks the button inside the page and times, on the page's own clock, the next paint and readiness. */
function clickAndTime(page: Page): Promise<OpenTimes> {
  return page.evaluate(
    () =>
      new Promise<OpenTimes>((resolve) => {
        const doc = (globalThis as unknown as { document: PageDocument }).document;
        const root = doc.querySelector('.lymph-chat');
        const started = performance.now();
        let placeholderMs = -1;
        let usableMs = -1;
        let connectedMs = -1;
        const finish = () => {
          if (connectedMs < 0 && root.classList.contains('lymph-chat--ready')) {
            connectedMs = performance.now() - started;
            if (usableMs < 0) usableMs = connectedMs;
          }
          if (placeholderMs >= 0 && connectedMs >= 0) resolve({ placeholderMs, usableMs, connectedMs });
        };
        new (globalThis as unknown as { MutationObserver: PageMutationObserver }).MutationObserver(finish).observe(root, {
          attributes: true,
        });
        doc.querySelector('.lymph-chat__launcher').click();
        // The placeholder is visible from the first frame painted after the click; it is usable when its
        // message box is drawn and has the focus.
        (globalThis as unknown as { requestAnimationFrame(cb: () => void): void }).requestAnimationFrame(() =>
          setTimeout(() => {
            const now = performance.now() - started;
            placeholderMs = doc.querySelector('.lymph-chat__placeholder').offsetParent ? now : -1;
            const input = doc.querySelector('.lymph-chat__early-input');
            if (usableMs < 0 && input?.offsetParent && doc.activeElement === input) usableMs = now;
            finish();
          }, 0),
        );
      }),
  );
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: (MBPS * 1_000_000) / 8,
    uploadThroughput: (3 * 1_000_000) / 8,
  });
}

async function preloaded(page: Page): Promise<void> {
  const frame = await chatFrame(page);
  await frame.waitForFunction(() => 'WebChat' in globalThis, undefined, { timeout: 60_000 });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const running = await startTestApp();
  const results: Record<string, OpenTimes[]> = {
    'first visit, click at once (preload still under way)': [],
    'first visit, click once preloaded': [],
    'repeat visit (browser cache), click once preloaded': [],
  };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [scenario, times] of Object.entries(results)) {
        const browser = await launchBrowser(PHONE);
        try {
          const { page } = browser;
          await throttle(page);
          if (scenario.startsWith('repeat')) {
            await page.goto(`${running.url}/`);
            await preloaded(page);
            await page.goto('about:blank');
          }
          await page.goto(`${running.url}/`, { waitUntil: 'domcontentloaded' });
          await page.locator('.lymph-chat__launcher').waitFor();
          if (!scenario.includes('at once')) await preloaded(page);
          times.push(await clickAndTime(page));
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await running.close();
  }
  process.stdout.write(
    `Web chat open times, Chromium ${PHONE.viewport.width}×${PHONE.viewport.height}, CPU ${CPU_SLOWDOWN}× slower, ${MBPS} Mbps / 40 ms, median of ${RUNS}:\n`,
  );
  for (const [scenario, times] of Object.entries(results)) {
    const at = (pick: (t: OpenTimes) => number) => median(times.map(pick)).toFixed(0);
    process.stdout.write(
      `  ${scenario}: click→placeholder ${at((t) => t.placeholderMs)} ms (goal < 100), click→usable ${at((t) => t.usableMs)} ms (goal < 1500), click→Web Chat connected ${at((t) => t.connectedMs)} ms` +
        `  [runs: ${times.map((t) => `${t.placeholderMs.toFixed(0)}/${t.usableMs.toFixed(0)}/${t.connectedMs.toFixed(0)}`).join(', ')}]\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:webchat failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
