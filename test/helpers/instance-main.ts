/**
 * One bot instance in a process of its own, for the multi-instance tests (test/helpers/instances.ts): the
 * real app from the environment (STORAGE, DATABASE_URL, ...), but with a fixed clock (INSTANCE_NOW), so
 * opening hours do not depend on when the tests run. Prints "LISTENING <port>" once it serves.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp } from '../../src/app';
import { FixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';

async function main(): Promise<void> {
  const config = loadConfig(process.env, path.join(__dirname, '../..'));
  const clock = new FixedClock(new Date(process.env.INSTANCE_NOW ?? '2026-11-24T18:00:00Z'));
  const app = await createApp(config, { clock });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`LISTENING ${(app.server.address() as AddressInfo).port}\n`);
  process.on('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`instance failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
