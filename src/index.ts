import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import dotenv from 'dotenv';
import { createApp } from './app';
import { describeConfig, loadConfig } from './config';
import { ConfigError, ContentError } from './errors';
import { installProcessGuard } from './process-guard';

/**
 * The entry point: read config, build the app, listen, and close gracefully on SIGTERM/SIGINT.
 * Everything else is built in src/app.ts so tests can create the app without a port.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) dotenv.config({ path: '.env', quiet: true });
  const config = loadConfig();
  const app = await createApp(config);
  const { logger } = app;
  installProcessGuard(logger);
  logger.info({ config: describeConfig(config) }, 'effective configuration');

  await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve));
  const { port } = app.server.address() as AddressInfo;
  // From process start, so the figure includes module loading and recognizer training.
  const readyMs = process.uptime() * 1000;
  logger.info(
    {
      messagingEndpoint: `http://localhost:${port}/api/messages`,
      data: app.dataLocation,
      readyMs: Math.round(readyMs),
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
    },
    'Lymph is listening',
  );
  // A plain line too: the first thing a newcomer needs is where to point the Emulator.
  process.stdout.write(
    `\nLymph is ready.\n  Web chat: http://localhost:${port}/\n  Messaging endpoint: http://localhost:${port}/api/messages\n` +
      `  Staff console: http://localhost:${port}/staff\n  Data: ${app.dataLocation}\n` +
      (config.microsoftApp.id
        ? '  /api/messages: Bot Framework token required (MicrosoftAppId is set).\n\n'
        : '  /api/messages: local only (MicrosoftAppId is empty): the Emulator on this machine; web chat uses the built-in Direct Line.\n\n'),
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Invalid configuration: ${error.message}\n`);
  } else if (error instanceof ContentError) {
    process.stderr.write(`Invalid knowledge content: ${error.message}\n`);
  } else {
    process.stderr.write(`Lymph failed to start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
