/**
 * A real Lymph process for the hardening tests: the full app (SQLite under DATA_DIR) with the process
 * guard installed as src/index.ts installs it, plus three routes that fail the ways a bug would: a throw
 * outside any request handler, an unhandled rejection, and a throw inside the handler. Prints
 * `LISTENING <port>` when ready. Run by test/hardening/*.test.ts with TMPDIR pointed at a fresh folder.
 */
import type { AddressInfo } from 'node:net';
import type { Request, Response } from 'restify';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { installProcessGuard } from '../../src/process-guard';

const REPO_ROOT = `${__dirname}/../..`;

async function main(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env } as Record<string, string>, REPO_ROOT);
  const logger = createLogger({ level: 'silent', logMessageText: false });
  const app = await createApp(config, { logger });
  installProcessGuard(logger);
  app.server.get('/test/crash/timer', async (_req: Request, res: Response) => {
    setImmediate(() => {
      throw new Error('a bug outside any handler');
    });
    res.json({ scheduled: true });
  });
  app.server.get('/test/crash/rejection', async (_req: Request, res: Response) => {
    void Promise.reject(new Error('a promise nobody awaited'));
    res.json({ scheduled: true });
  });
  app.server.get('/test/crash/handler', async () => {
    throw new Error('a bug inside a handler');
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  process.stdout.write(`LISTENING ${port}\n`);
  process.on('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

void main();
