import path from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../content/content-file';
import { ContentError } from '../errors';
import { UNDERSTANDING_EXAMPLES_DIR, urgencyExampleFiles } from '../screening/urgency-examples';
import type { Article } from './articles';
import { type ArticleExample, type ArticleModel, trainArticleModel, UNKNOWN_CLASS } from './article-model';
import { type BlendSettings, BlendSettingsSchema } from './article-blend';

/** The article model's settings and the grid that chose them. */
export const ARTICLE_MODEL_FILE = 'article-model.yaml';

export const ArticleModelSettingsSchema = z
  .object({
    epochs: z.number().int().min(1),
    l2: z.number().min(0),
    learningRate: z.number().gt(0),
    /** Training orders averaged (round 14; article-model.ts). */
    orders: z.number().int().min(1).optional(),
    /** Each epoch's order fixed by a hash of each example, not a shuffle of positions (round 27; article-model.ts). */
    stableOrder: z.boolean().optional(),
    /** Whether NONE questions and out-of-scope messages train an "unknown" class (else they are left out). */
    unknownClass: z.boolean(),
    blend: BlendSettingsSchema,
  })
  .strict();
export type ArticleModelSettings = z.infer<typeof ArticleModelSettingsSchema>;

/** An understanding set as far as the article model reads it: labelled questions and out-of-scope messages. */
const LabelledSchema = z
  .object({
    questions: z
      .array(z.object({ text: z.string().min(1), expected: z.string().min(1) }).passthrough())
      .default([]),
    out_of_scope: z.array(z.object({ text: z.string().min(1) }).passthrough()).default([]),
  })
  .passthrough();

/** A left-out name: the file's base name or its path in understanding-examples/ ("spent/…"). */
const named = (name: string, file: string) => name === file || name === path.basename(file);

/**
 * The training messages: every article's phrasings, title and tags under its id, and every labelled question of
 * knowledge/understanding-examples/ whose label is an article (`NEW:<id>` names the article `id`). With
 * `unknownClass`, questions labelled NONE and out-of-scope messages are examples of UNKNOWN_CLASS. A label that
 * is no article (a topic not written yet) is skipped. `leaveOut` names files to skip, so a set can be scored by a
 * model that never saw it (understanding:eval --leave-out).
 */
export function readArticleExamples(
  knowledgeDir: string,
  articles: readonly Article[],
  options: { unknownClass: boolean; leaveOut?: readonly string[] },
): ArticleExample[] {
  const leaveOut = options.leaveOut ?? [];
  const files = urgencyExampleFiles(knowledgeDir, UNDERSTANDING_EXAMPLES_DIR);
  const unknown = leaveOut.find((name) => !files.some((file) => named(name, file)));
  if (unknown) throw new ContentError(UNDERSTANDING_EXAMPLES_DIR, '', `no example file "${unknown}" to leave out`);
  const ids = new Set(articles.map((article) => article.id));
  const own = articles.flatMap((article) =>
    [...article.questions, article.title, ...article.tags].map((text) => ({ text, label: article.id })),
  );
  const labelled = files
    .filter((file) => !leaveOut.some((name) => named(name, file)))
    .flatMap((file) => {
      const set = readYamlFile(knowledgeDir, path.join(UNDERSTANDING_EXAMPLES_DIR, file), LabelledSchema);
      const questions = set.questions.flatMap((q): ArticleExample[] => {
        const label = q.expected.startsWith('NEW:') ? q.expected.slice(4) : q.expected;
        if (ids.has(label)) return [{ text: q.text, label }];
        return label === 'NONE' && options.unknownClass ? [{ text: q.text, label: UNKNOWN_CLASS }] : [];
      });
      const offTopic = options.unknownClass ? set.out_of_scope.map((m) => ({ text: m.text, label: UNKNOWN_CLASS })) : [];
      return [...questions, ...offTopic];
    });
  return [...own, ...labelled];
}

export function loadArticleModelSettings(knowledgeDir: string): ArticleModelSettings {
  return readYamlFile(knowledgeDir, ARTICLE_MODEL_FILE, ArticleModelSettingsSchema);
}

/**
 * Trains the article model from knowledge/ (memoised by content: the same examples train once per process).
 *
 * @example
 * const { model, blend } = loadArticleModel('knowledge', kb.articles);
 * attachArticleModel(index, model, blend);
 */
export function loadArticleModel(
  knowledgeDir: string,
  articles: readonly Article[],
  options: { leaveOut?: readonly string[]; settings?: Partial<ArticleModelSettings> } = {},
): { model: ArticleModel; blend: BlendSettings } {
  const settings = { ...loadArticleModelSettings(knowledgeDir), ...options.settings };
  const examples = readArticleExamples(knowledgeDir, articles, {
    unknownClass: settings.unknownClass,
    leaveOut: options.leaveOut,
  });
  return { model: trainArticleModel(examples, settings), blend: settings.blend };
}
