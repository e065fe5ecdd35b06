import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCluProject } from '../../src/language/clu-project';
import { INTENTS } from '../../src/language/intents';
import { loadIntents } from '../../src/language/intents-content';
import { KNOWLEDGE_DIR, realQuestionAnswering } from '../helpers/dialog-deps';
import { REPO_ROOT } from '../helpers/test-app';

const intents = loadIntents(KNOWLEDGE_DIR);

describe('CLU project export', () => {
  it('trains CLU on the same curated utterances, under our intent names', () => {
    const project = buildCluProject(intents, { projectName: 'lymph' });
    expect(project.metadata).toMatchObject({ projectKind: 'Conversation', projectName: 'lymph', language: 'en-us' });
    expect(project.assets.intents.map((i) => i.category)).toEqual(['None', ...INTENTS]);
    for (const intent of INTENTS) {
      const exported = project.assets.utterances.filter((u) => u.intent === intent).map((u) => u.text);
      expect(exported).toEqual([...new Set(intents.intents[intent].map((t) => t.trim()))]);
    }
    expect(project.assets.utterances.every((u) => u.dataset === 'Train' && u.language === 'en-us')).toBe(true);
  });

  it('adds article phrasings to ask_question and a test set, never the same text twice', () => {
    const questions = [...realQuestionAnswering().articles.values()].flatMap((a) => a.questions);
    const project = buildCluProject(intents, {
      projectName: 'lymph',
      extraExamples: { ask_question: [...questions, 'HI'] },
      testSet: { greeting: ['hey hey', 'hi'] },
    });
    const texts = project.assets.utterances.map((u) => u.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    expect(project.assets.utterances.find((u) => u.text === questions[0])).toMatchObject({ intent: 'ask_question' });
    expect(project.assets.utterances.filter((u) => u.dataset === 'Test')).toEqual([
      { text: 'hey hey', intent: 'greeting', language: 'en-us', dataset: 'Test', entities: [] },
    ]);
  });

  it('npm run clu:export writes the import file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lymph-clu-'));
    try {
      const out = path.join(dir, 'clu.json');
      const cli = spawnSync(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', 'src/cli/clu-export.ts', '--out', out, '--test-set', 'test/fixtures/intents-heldout.yaml'],
        { cwd: REPO_ROOT, encoding: 'utf8' },
      );
      expect(cli.stderr).toBe('');
      expect(cli.status).toBe(0);
      const project = JSON.parse(readFileSync(out, 'utf8'));
      expect(project.projectFileVersion).toBe('2023-04-01');
      expect(project.assets.utterances.some((u: { dataset: string }) => u.dataset === 'Test')).toBe(true);
      expect(project.assets.utterances.length).toBeGreaterThan(300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
