import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { passagesOf } from '../../src/kb';
import { messages, realQuestionAnswering } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { REPO_ROOT, startTestApp } from '../helpers/test-app';

describe('questions through the real server', () => {
  const { articles } = realQuestionAnswering();
  const connector = new LocalConnector();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lymph-questions-'));

  beforeAll(() => connector.start());
  afterAll(async () => {
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers with the article, its sources and follow-up buttons; records what it cannot answer for curators', async () => {
    const running = await startTestApp({ env: { STORAGE: 'sqlite', DATA_DIR: dataDir } });
    try {
      const user = new EmulatorUser(running.url, connector);
      const [answer] = await user.sayFull('hey does lymphatic drainage hurt at all?');
      const hurt = articles.get('does-it-hurt')!;
      expect(answer?.text).toContain(passagesOf(hurt)[0]!);
      expect(answer?.text).toContain(hurt.sources[0]!.url);
      const suggested = answer?.suggestedActions as { actions: Array<{ title: string }> } | undefined;
      const buttons = suggested?.actions.map((a) => a.title);
      expect(buttons).toContain(articles.get(hurt.followUps[0]!)!.title);

      const [unknown] = await user.sayFull('does lymphatic drainage massage fix tinnitus, my number is 503 555 0199');
      expect(unknown?.text).toBe(messages.text('kb_unknown'));
    } finally {
      await running.close();
    }
    const cli = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/kb-unanswered.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dataDir, STORAGE: 'sqlite' },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/1 {2}\d{4}-\d\d-\d\d {3}does lymphatic drainage massage fix tinnitus my number is \[phone\]/);
    expect(cli.stdout).not.toContain('0199');
  });
});
