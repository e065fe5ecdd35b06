import { z } from 'zod';
import { ContentError } from '../errors';
import { RegexSource, readYamlFile } from '../content/content-file';

const DeclineSchema = z
  .object({
    id: z.string().min(1),
    message: z.string().min(1),
    patterns: z.array(RegexSource).min(1),
  })
  .strict();

const DeclinesSchema = z.object({ declines: z.array(DeclineSchema).min(1) }).strict();

export interface DeclineRule {
  id: string;
  /** Message id (messages.yaml) to answer with. */
  message: string;
  patterns: RegExp[];
}

export function loadDeclines(knowledgeDir: string, knownMessageIds: readonly string[]): DeclineRule[] {
  const file = 'declines.yaml';
  const { declines } = readYamlFile(knowledgeDir, file, DeclinesSchema);
  declines.forEach((rule, i) => {
    if (!knownMessageIds.includes(rule.message)) {
      throw new ContentError(
        file,
        `declines.${i}.message`,
        `"${rule.message}" is not a message id in messages.yaml`,
      );
    }
  });
  return declines.map((rule) => ({ ...rule, patterns: rule.patterns.map((p) => new RegExp(p, 'i')) }));
}

/** The first rule a message falls under (a dose, a prescription, a diagnosis), if any. */
export function findDecline(text: string, rules: readonly DeclineRule[]): DeclineRule | undefined {
  return rules.find((rule) => rule.patterns.some((pattern) => pattern.test(text)));
}
