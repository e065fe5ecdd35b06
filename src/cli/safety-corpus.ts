import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { type SafetyCorpus, SafetyCorpusSchema } from '../screening/urgency-examples';

// The shape of a labelled safety set lives beside the model it trains (knowledge/urgency-examples/).
export { type SafetyCorpus, SafetyCorpusSchema } from '../screening/urgency-examples';

export function readSafetyCorpus(file: string): SafetyCorpus {
  const parsed = SafetyCorpusSchema.safeParse(YAML.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Corpus files named in SAFETY_SETS (comma-separated paths), else the given tuning sets. */
export function safetySetFiles(defaults: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const named = (env.SAFETY_SETS ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  return named.length > 0 ? named : [...defaults];
}

/** Upper bound of the two-sided 95% Wilson score interval for k events in n trials. */
export function wilsonUpper(k: number, n: number, z = 1.96): number {
  if (n === 0) return 1;
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.min(1, (centre + margin) / (1 + z2 / n));
}
