import { z } from 'zod';
import { ContentError } from '../errors';
import { RegexSource, readPatternFile } from '../content/content-file';

const DeclineSchema = z
  .object({
    id: z.string().min(1),
    message: z.string().min(1),
    patterns: z.array(RegexSource).min(1),
    /**
     * The rule is read before the personal cues of knowledge/intents.yaml (round 21): "is ibuprofen or paracetamol
     * better for my mum's hip pain, what dose" is a pharmacist's question, though "my mum" and "better for" made it a
     * request for one of our treatments. Left false for diagnoses: "should I book it given my MS diagnosis" is a
     * personal request that names its diagnosis.
     */
    aheadOfPersonalCues: z.boolean().default(false),
  })
  .strict();

const DeclinesSchema = z.object({ declines: z.array(DeclineSchema).min(1) }).strict();

export interface DeclineRule {
  id: string;
  /** Message id (messages.yaml) to answer with. */
  message: string;
  patterns: RegExp[];
  aheadOfPersonalCues: boolean;
}

export function loadDeclines(knowledgeDir: string, knownMessageIds: readonly string[]): DeclineRule[] {
  const file = 'declines.yaml';
  // Patterns may name a word list of knowledge/word-lists.yaml (`{{medicines}}`, round 21), as routing.yaml's do.
  const { declines } = readPatternFile(knowledgeDir, file, DeclinesSchema);
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
  return rules.find((rule) => declinedBy(rule, text));
}

function declinedBy(rule: DeclineRule, text: string): boolean {
  return rule.patterns.some((pattern) => pattern.test(text));
}

/**
 * Whether a rule read before the personal cues (`aheadOfPersonalCues`) declines the message: MessageRouter then leaves
 * it to the knowledge base, whose decline says why and offers the main choices (round 21).
 */
export function declinedAheadOfPersonalCues(text: string, rules: readonly DeclineRule[]): boolean {
  return rules.some((rule) => rule.aheadOfPersonalCues && declinedBy(rule, text));
}
