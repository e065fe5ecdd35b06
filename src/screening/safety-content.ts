import { z } from 'zod';
import { readYamlFile } from '../content/content-file';
import type { Spa } from '../content/spa';
import { ContentError } from '../errors';
import { loadKnowledgeBase } from '../kb/articles';
import { type IntentsContent, loadIntents } from '../language/intents-content';
import { VOCABULARY_FILE } from '../language/vocabulary';
import { loadOtherLanguages } from './other-language';
import { loadRedFlagContent, type RedFlagContent } from './red-flags-content';
import { POSSIBLE_EMERGENCY_FLAG, type SafetyContent } from './safety-check';
import { loadScreeningContent, type ScreeningContent } from './screening-content';
import { readUrgencyExamples, urgencyExampleFiles } from './urgency-examples';
import {
  trainUrgencyModel,
  type UrgencyExample,
  type UrgencyModel,
  type UrgencySettings,
} from './urgency-model';

export const URGENCY_MODEL_FILE = 'urgency-model.yaml';

const UrgencyModelSettingsSchema = z
  .object({
    threshold: z.number().gt(0).lt(1),
    minWords: z.number().int().min(1),
    /** A lexicon red flag the model scores below this gets the safety net instead (urgency-model.yaml, round 57). */
    doubtBelow: z.number().min(0).lt(0.5).default(0),
    /** Positive: the loss must be strictly convex for its minimum to be one set of weights. */
    l2: z.number().gt(0),
    /**
     * Ordinary-example files (knowledge/understanding-examples/, named as `leaveOut` names them) the route and article
     * models train on but this model does not: their symptom stories were labelled for routing, not reviewed for
     * urgency, and as negatives they cost fresh emergencies (urgency-model.yaml says what was measured).
     */
    notTrainedOn: z.array(z.string()).default([]),
  })
  .strict();

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
  /** screening.yaml, when already loaded (the app loads it once for several uses). */
  readonly screening?: ScreeningContent;
  /** The knowledge base's ordinary phrasings, when already loaded (else read from the folder). */
  readonly phrasings?: readonly string[];
  /** Settings to use instead of some of urgency-model.yaml's (to compare settings on a left-out file). */
  readonly settings?: Partial<UrgencySettings>;
}

/** The non-urgent phrasings already in knowledge/: every article's questions and the intent examples. */
export function ordinaryPhrasings(
  articles: readonly { questions: readonly string[] }[],
  intents: IntentsContent,
): string[] {
  return [
    ...articles.flatMap((article) => article.questions),
    ...Object.entries(intents.intents)
      .filter(([intent]) => !EMERGENCY_INTENTS.includes(intent))
      .flatMap(([, examples]) => examples),
  ];
}

const AnswerWordsSchema = z
  .object({
    answers: z
      .object({
        yes: z.array(z.string()),
        no: z.array(z.string()),
        notSure: z.array(z.string()),
        agrees: z.array(z.string()),
      })
      .passthrough(),
  })
  .passthrough();

/**
 * The health check's answers, which the safety layer also reads on every message: the yes, no, not-sure and
 * agreeing words (vocabulary.yaml) and every option's label and synonyms (screening.yaml), except the symptom
 * options of a question a red flag names (`clearedBy`: "chest", "calf" there are symptoms; its "none" option is
 * an ordinary answer). Without them the model, trained mostly on long messages, read short replies such as
 * "I don't know", "about three weeks" or "All of it, face and body" as urgent.
 */
export function healthCheckAnswers(
  knowledgeDir: string,
  redFlags: RedFlagContent,
  screening: ScreeningContent,
): string[] {
  const { answers } = readYamlFile(knowledgeDir, VOCABULARY_FILE, AnswerWordsSchema);
  const symptomQuestions = new Set(redFlags.flags.flatMap((flag) => flag.clearedBy));
  const options = screening.questions.flatMap((question) =>
    question.type !== 'choice'
      ? []
      : question.options
          .filter((option) => !symptomQuestions.has(question.id) || option.id === question.noneMeans)
          .flatMap((option) => [option.label, ...option.synonyms]),
  );
  return [...answers.yes, ...answers.no, ...answers.notSure, ...answers.agrees, ...options];
}

/**
 * The urgency model trained on knowledge/: positives are every `urgent` example, negatives every `lookalike`,
 * every message of the understanding examples and the knowledge base's ordinary phrasings (article questions,
 * intent examples, the health check's answers), so ordinary questions and replies are not flagged. Null (lexicon
 * only) when the examples folder is missing or empty.
 */
export function loadUrgencyModel(
  knowledgeDir: string,
  spa: Spa,
  options: SafetyContentOptions = {},
): UrgencyModel | null {
  if (urgencyExampleFiles(knowledgeDir).length === 0) return null;
  const { notTrainedOn, ...settings } = readYamlFile(
    knowledgeDir,
    URGENCY_MODEL_FILE,
    UrgencyModelSettingsSchema,
  );
  const labelled = readUrgencyExamples(knowledgeDir, [...notTrainedOn, ...(options.leaveOut ?? [])]);
  if (!labelled.some((example) => example.urgent)) return null;
  const phrasings = [
    ...(options.phrasings ??
      ordinaryPhrasings(loadKnowledgeBase(knowledgeDir, spa).articles, loadIntents(knowledgeDir))),
    ...healthCheckAnswers(
      knowledgeDir,
      options.redFlags ?? loadRedFlagContent(knowledgeDir, spa),
      options.screening ?? loadScreeningContent(knowledgeDir, spa),
    ),
  ];
  const ordinary = (text: string): UrgencyExample => ({ text, urgent: false });
  return trainUrgencyModel([...labelled, ...phrasings.map(ordinary)], { ...settings, ...options.settings });
}

/** Everything the safety layer reads from a knowledge folder: the lexicon, other languages and the model. */
export function loadSafetyContent(
  knowledgeDir: string,
  spa: Spa,
  options: SafetyContentOptions = {},
): SafetyContent {
  const redFlags = options.redFlags ?? loadRedFlagContent(knowledgeDir, spa);
  const otherLanguages = loadOtherLanguages(knowledgeDir, spa, redFlags.readings);
  const urgencyModel = loadUrgencyModel(knowledgeDir, spa, { ...options, redFlags });
  if (!urgencyModel) return { redFlags, otherLanguages };
  if (!redFlags.flags.some((flag) => flag.id === POSSIBLE_EMERGENCY_FLAG)) {
    throw new ContentError(
      'red-flags.yaml',
      'flags',
      `needs a "${POSSIBLE_EMERGENCY_FLAG}" flag for the urgency model`,
    );
  }
  return { redFlags, otherLanguages, urgencyModel };
}
