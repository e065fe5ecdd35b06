/**
 * `npm run kb:check [-- DIR]`: validates the knowledge folder (default ./knowledge) and prints one line
 * per problem naming the file and the field. Exits 1 when there is any error; warnings alone pass. Also says when
 * knowledge/english-words.yaml no longer fits red-flags.yaml (see english-words.ts).
 */
import path from 'node:path';
import { formatProblem, kbCheck } from '../kb';
import { ENGLISH_WORDS_FILE } from '../screening/red-flags-content';
import { englishWordsProblems } from './english-words';

export function main(argv: string[], today: Date): number {
  const knowledgeDir = path.resolve(argv[0] ?? 'knowledge');
  const problems = [
    ...kbCheck(knowledgeDir, today),
    // The typo guard against red-flags.yaml's words (round 26); kept out of src/kb, which reads no dictionary.
    ...englishWordsProblems(knowledgeDir).map((p) => ({ ...p, file: ENGLISH_WORDS_FILE, field: 'words' })),
  ];
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  console.log(`kb:check: ${errors} error(s), ${warnings} warning(s) in ${knowledgeDir}`);
  return errors > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2), new Date());
