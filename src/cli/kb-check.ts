/**
 * `npm run kb:check [-- DIR]`: validates the knowledge folder (default ./knowledge) and prints one line
 * per problem naming the file and the field. Exits 1 when there is any error; warnings alone pass.
 */
import path from 'node:path';
import { formatProblem, kbCheck } from '../kb';

export function main(argv: string[], today: Date): number {
  const knowledgeDir = path.resolve(argv[0] ?? 'knowledge');
  const problems = kbCheck(knowledgeDir, today);
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  console.log(`kb:check: ${errors} error(s), ${warnings} warning(s) in ${knowledgeDir}`);
  return errors > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2), new Date());
