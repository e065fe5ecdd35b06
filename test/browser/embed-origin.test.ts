import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadChannelContent } from '../../src/channels';
import { createLogger } from '../../src/log';
import { KNOWLEDGE_DIR, spa } from '../helpers/dialog-deps';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { ARTIFACTS, type Browser, chatFrame, launchBrowser } from '../helpers/browser';

const words = loadChannelContent(KNOWLEDGE_DIR, spa).webchat;

jest.setTimeout(180_000);

/** Another website (another origin: 127.0.0.2, another loopback address) that adds the chat with the README's one tag. */
async function startSite(botUrl: () => string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><title>A spa website</title></head><body><main><h1>A spa website</h1></main>` +
        `<script src="${botUrl()}/embed.js" defer></script></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const url = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe('embedding the chat on another website (headless Chromium)', () => {
  let logLines: string[];
  let site: { url: string; close(): Promise<void> };
  let browser: Browser;
  /** Closed after the browser: a server with a live Direct Line stream waits for it to end. */
  let bots: RunningApp[];

  // Each test has its own browser, bots and server log.
  beforeEach(async () => {
    logLines = [];
    bots = [];
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await browser?.close();
    for (const bot of bots) await bot.close();
  });

  /** The bot answers on 127.0.0.1. */
  async function startBot(env: Record<string, string> = {}): Promise<{ running: RunningApp; botUrl: string }> {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    const running = await startTestApp({
      env,
      overrides: { logger: createLogger({ level: 'warn', logMessageText: false, destination }) },
    });
    return { running, botUrl: running.url };
  }

  it('hides itself on a site that is not allowed, says why in the console, and the server logs the site once', async () => {
    const { running, botUrl } = await startBot();
    site = await startSite(() => botUrl);
    try {
      const page = browser.page;
      const warned = page.waitForEvent('console', (message) => message.text().includes('WEBCHAT_ALLOWED_ORIGINS'));
      await page.goto(site.url);
      expect((await warned).text()).toContain(words.notAllowedLog);
      expect((await warned).text()).toContain(site.url);
      expect(await page.locator('.lymph-chat__launcher').count()).toBe(0);
      expect(await page.locator('iframe').count()).toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, 'embed-not-allowed.png') });
      await page.reload();
      await page.waitForEvent('console', (message) => message.text().includes('WEBCHAT_ALLOWED_ORIGINS'));
      const refused = logLines.filter((line) => line.includes('WEBCHAT_ALLOWED_ORIGINS'));
      expect(refused).toHaveLength(1);
      expect(JSON.parse(refused[0]!).origin).toBe(site.url);
    } finally {
      await browser.page.goto('about:blank');
      await site.close();
      await running.close();
    }
  });

  it('shows and opens on a site listed in WEBCHAT_ALLOWED_ORIGINS', async () => {
    let botUrl = '';
    site = await startSite(() => botUrl);
    const bot = await startBot({ WEBCHAT_ALLOWED_ORIGINS: site.url });
    botUrl = bot.botUrl;
    try {
      const page = browser.page;
      await page.goto(site.url);
      await page.locator('.lymph-chat__launcher').click();
      const frame = await chatFrame(page);
      await frame.locator('.webchat__send-box-text-box__input').waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS, 'embed-allowed.png') });
    } finally {
      await site.close();
      bots.push(bot.running);
    }
  });
});
