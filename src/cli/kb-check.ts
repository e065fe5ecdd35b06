/**
 * `npm run kb:check [-- DIR]`: validates the knowledge folder (default ./knowledge) and prints one line
 * per problem naming the file and the field. Exits 1 when there is any error; warnings alone pass. Also says when
 * knowledge/english-words.yaml no longer fits red-flags.yaml (see english-words.ts), and when other-languages.yaml does
 * not load through its schema (round 28: a bare number where a phrase belongs passed kb:check and failed at start-up), and
 * when reading.yaml (the tokenizers' spellings, round 37) does not.
 */
import path from 'node:path';
import { loadReadingWords } from '../content/reading-words';
import { loadSpa } from '../content/spa';
import { ContentError } from '../errors';
import { formatProblem, type KbProblem, kbCheck } from '../kb';
import { loadOtherLanguages } from '../screening/other-language';
import { ENGLISH_WORDS_FILE } from '../screening/red-flags-content';
import { englishWordsProblems } from './english-words';

/** A file as the bot loads it at start-up; its one problem, if it fails. */
function loadProblems(load: () => unknown): KbProblem[] {
  try {
    load();
    return [];
  } catch (error) {
    // spa.yaml's own problems are kbCheck's to report; only a ContentError names a file and a field.
    if (!(error instanceof ContentError)) throw error;
    return [{ severity: 'error', file: error.file, field: error.field, message: error.problem }];
  }
}

export function main(argv: string[], today: Date): number {
  const knowledgeDir = path.resolve(argv[0] ?? 'knowledge');
  const problems = [
    ...kbCheck(knowledgeDir, today),
    // The typo guard against red-flags.yaml's words (round 26); kept out of src/kb, which reads no dictionary.
    ...englishWordsProblems(knowledgeDir).map((p) => ({ ...p, file: ENGLISH_WORDS_FILE, field: 'words' })),
    ...loadProblems(() => loadOtherLanguages(knowledgeDir, loadSpa(knowledgeDir))),
    ...loadProblems(() => loadReadingWords(knowledgeDir)),
  ];
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  console.log(`kb:check: ${errors} error(s), ${warnings} warning(s) in ${knowledgeDir}`);
  return errors > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2), new Date());
