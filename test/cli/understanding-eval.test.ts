import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/understanding-eval';
import { KNOWLEDGE_DIR } from '../helpers/screening-test-content';

// The evaluator a tuner runs on a batch and its parts (English and other languages, say): every file named is
// scored, each with its own figures, then their total. It used to score the first file and ignore the rest.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'understanding-eval-'));
  writeFileSync(
    path.join(dir, 'people.yaml'),
    'handoff:\n- {"text": "I want to talk to a real person please"}\n- {"text": "can a member of staff call me back"}\n',
  );
  writeFileSync(path.join(dir, 'off-topic.yaml'), 'out_of_scope:\n- {"text": "write me a poem about the sea"}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ exitCode: number; out: string }> {
  const lines: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line: unknown) => {
    lines.push(String(line));
  });
  try {
    const exitCode = await main([...argv, '--knowledge', KNOWLEDGE_DIR]);
    return { exitCode, out: lines.join('\n') };
  } finally {
    log.mockRestore();
  }
}

describe('npm run understanding:eval with several files', () => {
  it('prints each file with its own figures, then the total of all of them', async () => {
    const { out } = await run([path.join(dir, 'people.yaml'), path.join(dir, 'off-topic.yaml')]);
    expect(out).toMatch(/people\.yaml: 2 messages/);
    expect(out).toMatch(/off-topic\.yaml: 1 messages/);
    expect(out).toMatch(/hand-off recognised\s+100\.0% \(2\/2\)/);
    expect(out).toMatch(/out-of-scope declined\s+100\.0% \(1\/1\)/);
    expect(out).toMatch(/total of 2 files: 3 messages/);
  }, 300_000);

  it('prints no total for a single file', async () => {
    const { out } = await run([path.join(dir, 'people.yaml')]);
    expect(out).toMatch(/people\.yaml: 2 messages/);
    expect(out).not.toMatch(/total of/);
  }, 300_000);
});
