import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../src/log';
import { REPO_ROOT, startTestApp } from './helpers/test-app';

/** A logger that keeps every line, so a test can read what start-up said. */
function capturingLogger() {
  const lines: { level: number; msg: string; examples?: number }[] = [];
  const logger = createLogger({
    level: 'info',
    logMessageText: false,
    destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
  });
  return { logger, lines };
}

describe('the urgency model at start-up', () => {
  it('is trained from knowledge/urgency-examples and says so', async () => {
    const { logger, lines } = capturingLogger();
    const running = await startTestApp({ overrides: { logger } });
    await running.close();
    const trained = lines.find((line) => line.msg === 'urgency model trained');
    expect(trained?.examples).toBeGreaterThan(1000);
  });

  it('starts with the lexicon alone when the examples folder is missing, and logs that the model is off', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-no-examples-'));
    try {
      cpSync(path.join(REPO_ROOT, 'knowledge'), dir, { recursive: true });
      rmSync(path.join(dir, 'urgency-examples'), { recursive: true });
      const { logger, lines } = capturingLogger();
      const running = await startTestApp({ env: { KNOWLEDGE_DIR: dir }, overrides: { logger } });
      await running.close();
      expect(lines.some((line) => line.level === 40 && /urgency model off/.test(line.msg))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
