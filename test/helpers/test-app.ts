import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type App, type AppOverrides, createApp } from '../../src/app';
import { FixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { MemoryStateStore } from '../../src/storage/memory-state-store';
import { KNOWLEDGE_DIR, localRecognizer } from './dialog-deps';

export const REPO_ROOT = path.join(__dirname, '../..');
export const TEST_NOW = new Date('2026-11-24T10:00:00Z');

export interface RunningApp {
  app: App;
  url: string;
  clock: FixedClock;
  close(): Promise<void>;
}

/**
 * Builds the real app (real routes, dialogs, recognizer and content) with memory storage, a fixed clock and
 * a silent logger, listening on a random loopback port. Pass `env` or `overrides` to change a part.
 */
export async function startTestApp(
  options: { env?: Record<string, string>; overrides?: AppOverrides; clock?: FixedClock } = {},
): Promise<RunningApp> {
  const clock = options.clock ?? new FixedClock(TEST_NOW);
  const config = loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent', ...options.env }, REPO_ROOT);
  const app = await createApp(config, {
    // Training the local recognizer takes seconds; on the real knowledge it is trained once per test file, so
    // a test can afford an app of its own. Any other knowledge directory trains its own.
    recognizer: path.resolve(config.knowledgeDir) === KNOWLEDGE_DIR ? await localRecognizer() : undefined,
    clock,
    storage: config.storage === 'memory' ? new MemoryStateStore(clock) : undefined,
    logger: createLogger({ level: 'silent', logMessageText: false }),
    ...options.overrides,
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return { app, clock, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
