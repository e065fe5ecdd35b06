/**
 * `npm run clu:export [-- --out FILE --project NAME --knowledge DIR --no-articles --test-set FILE]`:
 * writes an Azure AI Language CLU project (import format) from knowledge/intents.yaml and, unless
 * --no-articles, the articles' listed phrasings as ask_question examples: the same training data as
 * the local recognizer. --test-set adds held-out phrasings (e.g. test/fixtures/intents-heldout.yaml)
 * as CLU's test set. Import, train and deploy are described in README.md ("Azure AI Language CLU").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { loadKnowledgeBase, loadSpa } from '../kb';
import { buildCluProject } from '../language/clu-project';
import { INTENTS, type Intent } from '../language/intents';
import { loadIntents } from '../language/intents-content';

const TestSetSchema = z.record(z.string(), z.array(z.string().min(1)));

/** Held-out lists by intent; "<intent>_hard" lists (as in intents-heldout.yaml) count for their intent. */
function readTestSet(file: string): Partial<Record<Intent, string[]>> {
  const lists = TestSetSchema.parse(YAML.parse(readFileSync(file, 'utf8')));
  const byIntent: Partial<Record<Intent, string[]>> = {};
  for (const [label, texts] of Object.entries(lists)) {
    const intent = label.replace(/_hard$/, '');
    if (!(INTENTS as readonly string[]).includes(intent)) throw new Error(`${file}: ${label}: is not an intent`);
    byIntent[intent as Intent] = [...(byIntent[intent as Intent] ?? []), ...texts];
  }
  return byIntent;
}

export interface ExportArgs {
  out: string;
  project: string;
  knowledgeDir: string;
  articles: boolean;
  testSet?: string;
}

export function parseArgs(argv: readonly string[]): ExportArgs {
  const args: ExportArgs = { out: 'clu-project.json', project: 'lymph', knowledgeDir: 'knowledge', articles: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--out') args.out = value();
    else if (flag === '--project') args.project = value();
    else if (flag === '--knowledge') args.knowledgeDir = value();
    else if (flag === '--test-set') args.testSet = value();
    else if (flag === '--no-articles') args.articles = false;
    else throw new Error(`unknown option ${flag}`);
  }
  return args;
}

export function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  const knowledgeDir = path.resolve(args.knowledgeDir);
  const intents = loadIntents(knowledgeDir);
  const articles = args.articles ? loadKnowledgeBase(knowledgeDir, loadSpa(knowledgeDir)).articles : [];
  const testSet = args.testSet ? readTestSet(args.testSet) : undefined;
  const project = buildCluProject(intents, {
    projectName: args.project,
    extraExamples: { ask_question: articles.flatMap((article) => article.questions) },
    ...(testSet ? { testSet } : {}),
  });
  writeFileSync(args.out, `${JSON.stringify(project, null, 2)}\n`);
  const tests = project.assets.utterances.filter((u) => u.dataset === 'Test').length;
  const training = project.assets.utterances.length - tests;
  console.log(
    `clu:export: project "${args.project}", ${project.assets.intents.length} intents, ` +
      `${training} training and ${tests} test utterances → ${path.resolve(args.out)}`,
  );
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`clu:export: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
