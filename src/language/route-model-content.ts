/**
 * What the route model (src/language/route-model.ts) learns from, and when the product acts on it
 * (knowledge/route-model.yaml). The examples: every message of knowledge/understanding-examples/** under its
 * list's kind, the intent examples of knowledge/intents.yaml whose intent the bot treats as one of the kinds, and
 * every article's `questions` as questions. A new file in that folder is picked up by being there; `leaveOut`
 * skips files so a set can be scored by a model that never saw it (understanding:eval --leave-out).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/content-file';
import { ContentError } from '../errors';
import { UNDERSTANDING_EXAMPLES_DIR, urgencyExampleFiles } from '../screening/urgency-examples';
import type { Intent } from './intents';
import type { IntentsContent } from './intents-content';
import { type KindExample, type MessageKind, type RouteModel, trainRouteModel } from './route-model';

export const ROUTE_MODEL_FILE = 'route-model.yaml';

const Probability = z.number().gt(0).lte(1);
export const RouteModelSettingsSchema = z
  .object({
    /** Each kind is acted on at or above its own probability (the calibrated rejection thresholds). */
    thresholds: z
      .object({
        handoff: Probability,
        out_of_scope: Probability,
        personal: Probability,
        /** A general question's reading that answers a message only the classifier sent to the health check (round 14). */
        question: Probability.optional(),
        /** An out-of-scope reading that declines a personal route naming nothing of ours (round 20). */
        out_of_scope_over_personal: Probability.optional(),
        /**
         * A personal reading that sends to the health check a message the rules' catch-all declined although a personal
         * cue read it as a request of one's own (MessageRouter.personalLeftToCatchAll; round 23).
         */
        personal_over_catch_all: Probability.optional(),
      })
      .strict(),
    /** A retrieved answer below this confidence counts as the rules being unsure. */
    unsureAnswerBelow: z.number().min(0).max(1),
    /** Messages with fewer words are left to the rules ("yes", "ok thanks", "calf"). */
    minWords: z.number().int().min(1),
    /** L2 penalty of the converged fit (src/training/softmax-regression.ts). */
    l2: z.number().gt(0),
  })
  .strict();
export type RouteModelSettings = z.infer<typeof RouteModelSettingsSchema>;

/** The intents that are one of the kinds, as the bot treats them (a complaint reaches a person; so does talk_to_human). */
const INTENT_KINDS: Partial<Record<Intent, MessageKind>> = {
  ask_question: 'question',
  get_recommendation: 'personal',
  talk_to_human: 'handoff',
  complaint: 'handoff',
  out_of_scope: 'out_of_scope',
};

const Texts = z.array(z.object({ text: z.string().min(1) }).passthrough()).default([]);
const UnderstandingListsSchema = z
  .object({ questions: Texts, out_of_scope: Texts, handoff: Texts, personal: Texts })
  .passthrough();

/** A left-out name: the file's path in the folder ("spent/understanding-heldout8.yaml") or its base name. */
const named = (name: string, file: string) =>
  name === file || name === path.basename(file) || name === path.join(UNDERSTANDING_EXAMPLES_DIR, file);

/**
 * Parsed example files by path, size and modification time: every app start in a test process reads the same
 * two dozen files, and parsing them again cost more than the memoised training (1.8 s on a loaded machine).
 */
const parsed = new Map<string, KindExample[]>();

/** The labelled messages of knowledge/understanding-examples/**, less the files named in `leaveOut`. */
export function readKindExamples(knowledgeDir: string, leaveOut: readonly string[] = []): KindExample[] {
  const files = urgencyExampleFiles(knowledgeDir, UNDERSTANDING_EXAMPLES_DIR);
  const unknown = leaveOut.find((name) => !files.some((file) => named(name, file)));
  if (unknown) throw new ContentError(UNDERSTANDING_EXAMPLES_DIR, '', `no example file "${unknown}" to leave out`);
  return files
    .filter((file) => !leaveOut.some((name) => named(name, file)))
    .flatMap((file) => {
      const full = path.join(knowledgeDir, UNDERSTANDING_EXAMPLES_DIR, file);
      const { size, mtimeMs } = statSync(full);
      const key = `${full}|${size}|${mtimeMs}`;
      const known = parsed.get(key);
      if (known) return known;
      const examples = readExampleFile(knowledgeDir, file);
      parsed.set(key, examples);
      return examples;
    });
}

/** One example file's messages, each under its list's kind. */
function readExampleFile(knowledgeDir: string, file: string): KindExample[] {
  const set = readYamlFile(knowledgeDir, path.join(UNDERSTANDING_EXAMPLES_DIR, file), UnderstandingListsSchema);
  const of = (kind: MessageKind, items: readonly { text: string }[]) => items.map(({ text }) => ({ text, kind }));
  return [
    ...of('question', set.questions),
    ...of('out_of_scope', set.out_of_scope),
    ...of('handoff', set.handoff),
    ...of('personal', set.personal),
  ];
}

/** The knowledge base's own phrasings: intent examples that are one of the kinds, and article questions. */
export function contentKindExamples(
  articles: readonly { questions: readonly string[] }[],
  intents: IntentsContent,
): KindExample[] {
  const fromIntents = Object.entries(intents.intents).flatMap(([intent, texts]) => {
    const kind = INTENT_KINDS[intent as Intent];
    return kind ? texts.map((text) => ({ text, kind })) : [];
  });
  const questions = articles.flatMap((article) => article.questions.map((text) => ({ text, kind: 'question' as const })));
  return [...fromIntents, ...questions];
}

export interface LoadedRouteModel {
  model: RouteModel;
  settings: RouteModelSettings;
}

export interface RouteModelOptions {
  leaveOut?: readonly string[];
  /** Overrides (the calibration grid). */
  settings?: Partial<RouteModelSettings>;
}

/**
 * Trains the route model from a knowledge folder (memoised: the same examples train once per process); undefined
 * when the folder has no knowledge/route-model.yaml (the rules alone, as a minimal knowledge folder has).
 */
export function loadRouteModel(
  knowledgeDir: string,
  articles: readonly { questions: readonly string[] }[],
  intents: IntentsContent,
  options: RouteModelOptions = {},
): LoadedRouteModel | undefined {
  if (!existsSync(path.join(knowledgeDir, ROUTE_MODEL_FILE))) return undefined;
  const settings = { ...readYamlFile(knowledgeDir, ROUTE_MODEL_FILE, RouteModelSettingsSchema), ...options.settings };
  const examples = [...readKindExamples(knowledgeDir, options.leaveOut), ...contentKindExamples(articles, intents)];
  return { model: trainRouteModel(examples, settings), settings };
}
