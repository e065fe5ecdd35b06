import { z } from 'zod';
import type { Spa } from '../content/spa';
import { readYamlFile } from '../content/content-file';
import { ContentError } from '../errors';
import { loadKnowledgeBase } from '../kb/articles';
import { type IntentsContent, loadIntents } from '../language/intents-content';
import { loadOtherLanguages } from './other-language';
import { loadRedFlagContent, type RedFlagContent } from './red-flags-content';
import { POSSIBLE_EMERGENCY_FLAG, type SafetyContent } from './safety-check';
import { readUrgencyExamples } from './urgency-examples';
import { trainUrgencyModel, type UrgencyExample, type UrgencyModel } from './urgency-model';

export const URGENCY_MODEL_FILE = 'urgency-model.yaml';

const UrgencyModelSettingsSchema = z.object({ threshold: z.number().gt(0).lt(1) }).strict();

/**
 * Intents that are themselves about an emergency, whose examples must not teach the model "not urgent".
 * intents.yaml has none today (emergencies never reach intent recognition: the safety layer answers first).
 */
const EMERGENCY_INTENTS: readonly string[] = [];

export interface SafetyContentOptions {
  /** Example files to leave out of training (relative to knowledge/urgency-examples/, or base names). */
  readonly leaveOut?: readonly string[];
  /** Red-flag content already loaded (the app loads it once for several uses). */
  readonly redFlags?: RedFlagContent;
  /** The knowledge base's ordinary phrasings, when already loaded (else read from the folder). */
  readonly phrasings?: readonly string[];
}

/** The non-urgent phrasings already in knowledge/: every article's questions and the intent examples. */
export function ordinaryPhrasings(articles: readonly { questions: readonly string[] }[], intents: IntentsContent): string[] {
  return [
    ...articles.flatMap((article) => article.questions),
    ...Object.entries(intents.intents)
      .filter(([intent]) => !EMERGENCY_INTENTS.includes(intent))
      .flatMap(([, examples]) => examples),
  ];
}

/**
 * The urgency model trained on knowledge/: positives are every `urgent` example, negatives every
 * `lookalike` plus the knowledge base's ordinary phrasings (article questions, intent examples), so ordinary
 * questions are not flagged. Null (lexicon only) when the examples folder is missing or empty.
 */
export function loadUrgencyModel(
  knowledgeDir: string,
  spa: Spa,
  options: Pick<SafetyContentOptions, 'leaveOut' | 'phrasings'> = {},
): UrgencyModel | null {
  const labelled = readUrgencyExamples(knowledgeDir, options.leaveOut);
  if (!labelled.some((example) => example.urgent)) return null;
  const { threshold } = readYamlFile(knowledgeDir, URGENCY_MODEL_FILE, UrgencyModelSettingsSchema);
  const phrasings =
    options.phrasings ?? ordinaryPhrasings(loadKnowledgeBase(knowledgeDir, spa).articles, loadIntents(knowledgeDir));
  const ordinary = (text: string): UrgencyExample => ({ text, urgent: false });
  return trainUrgencyModel([...labelled, ...phrasings.map(ordinary)], threshold);
}

/** Everything the safety layer reads from a knowledge folder: the lexicon, other languages and the model. */
export function loadSafetyContent(knowledgeDir: string, spa: Spa, options: SafetyContentOptions = {}): SafetyContent {
  const redFlags = options.redFlags ?? loadRedFlagContent(knowledgeDir, spa);
  const otherLanguages = loadOtherLanguages(knowledgeDir, spa);
  const urgencyModel = loadUrgencyModel(knowledgeDir, spa, options);
  if (!urgencyModel) return { redFlags, otherLanguages };
  if (!redFlags.flags.some((flag) => flag.id === POSSIBLE_EMERGENCY_FLAG)) {
    throw new ContentError('red-flags.yaml', 'flags', `needs a "${POSSIBLE_EMERGENCY_FLAG}" flag for the urgency model`);
  }
  return { redFlags, otherLanguages, urgencyModel };
}

