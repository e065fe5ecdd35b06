import { z } from 'zod';
import { type ArticleModel, type ArticlePrediction, UNKNOWN_CLASS } from './article-model';
import type { SearchIndex } from './search-index';

/**
 * What retrieval decides for a message: one article, a choice of two, or "I don't know" with suggestions. Defined here,
 * not in answer-selection.ts (which re-exports it), because answer-selection.ts imports this file.
 */
export type AnswerSelection =
  | { kind: 'answer'; articleId: string; confidence: number }
  | { kind: 'clarify'; candidates: [string, string] }
  | { kind: 'unknown'; suggestions: string[] };

/** The part of answer-selection.ts's candidate assessment that re-ranking reads (written out, for the same reason). */
interface Candidate {
  readonly articleId: string;
  readonly relevance: number;
  readonly confidence: number;
}

/**
 * How the article model (article-model.ts) joins the lexical decision (answer-selection.ts). Three parts, each
 * off when unset; knowledge/article-model.yaml says which the product uses and the figures that chose them.
 * - `rerankWeight` w: each lexical candidate's relevance and confidence become (1 − w)·lexical + w·p(article),
 *   before the lexical thresholds decide: a candidate the model agrees with rises, one it doubts falls.
 * - `answerAbove` t: when the lexical side says "I don't know", the model's most probable article answers if its
 *   probability is at least t (a paraphrase the phrasings' words miss) and the lexical side, before re-ranking, had it
 *   among its closest articles (both readings find it relevant); its confidence is that probability.
 *   With `resolveClarify`, a "Did you mean A or B?" whose A or B is the model's choice at ≥ t answers it.
 * - `vetoAbove` v: a lexical answer the model's choice contradicts at ≥ v becomes "Did you mean…?" between the two
 *   (or "I don't know" when the model's choice is the unknown class): two readings disagree, so ask.
 */
export const BlendSettingsSchema = z
  .object({
    rerankWeight: z.number().min(0).max(1).default(0),
    answerAbove: z.number().gt(0).max(1).optional(),
    resolveClarify: z.boolean().default(false),
    vetoAbove: z.number().gt(0).max(1).optional(),
    /**
     * Round 13: the model answers a lexical "I don't know" only with a close article the lexical side did not mark
     * as answering around the question (missing the thing it names, or the aspect it asks): "on my period, can I
     * still come" came back as the visit article at 0.93, which never names periods while the periods article does.
     */
    answerOnlyUnmarked: z.boolean().default(false),
    /**
     * Round 13: re-ranking may reorder the lexical candidates but not turn a lexical "I don't know" or "Did you
     * mean…?" into an answer (only answerAbove may): "insurance for a compression pump" rose from 0.26 to 0.48 on the
     * model's 1.00 for the insurance article.
     */
    rerankKeepsDoubt: z.boolean().default(false),
    /**
     * Round 19 (und19d): re-ranking reads each article's probability renormalised without the unknown class,
     * p(article) / (1 − p(unknown)): "is this a question about A or about B" apart from "is it ours at all".
     */
    rerankWithoutUnknown: z.boolean().default(false),
    /** Round 19: answerAbove reads the most probable article, renormalised the same way (not the unknown class). */
    answerWithoutUnknown: z.boolean().default(false),
    /**
     * Round 19: the unknown class still counts as doubt. At p(unknown) ≥ this, the renormalised reading is not used
     * (the plain probabilities are), so a message the model finds none of ours is not lifted by the renormalising.
     */
    unknownDoubtAbove: z.number().gt(0).max(1).optional(),
    /**
     * Round 19: with rerankWithoutUnknown, only the ranking (relevance) reads the renormalised probability; the
     * confidence mixes the plain one, so the model's doubt that the message is ours still lowers it.
     */
    confidenceKeepsUnknown: z.boolean().default(false),
  })
  .strict();
export type BlendSettings = z.infer<typeof BlendSettingsSchema>;

interface Attached {
  readonly model: ArticleModel;
  readonly blend: BlendSettings;
}

/**
 * The model that joins selectAnswer for an index. Kept beside the index rather than in it, so building an index
 * stays as it was (tests, benchmarks and kb:check use the lexical side alone) and the app opts in once.
 */
const attached = new WeakMap<SearchIndex, Attached>();

/** Makes selectAnswer on this index use the model as `blend` says. Returns the index. */
export function attachArticleModel(
  index: SearchIndex,
  model: ArticleModel,
  blend: BlendSettings,
): SearchIndex {
  attached.set(index, { model, blend });
  return index;
}

export function articleModelOf(index: SearchIndex): Attached | undefined {
  return attached.get(index);
}

/**
 * The model's reading among the articles alone (round 19): each article's probability divided by 1 − p(unknown), and
 * the most probable article as the top. The plain reading when the unknown class is at least `doubtAbove` sure (the
 * unknown class still counts as doubt) or the model has no unknown class.
 */
export function withoutUnknown(
  prediction: ArticlePrediction,
  labels: readonly string[],
  doubtAbove?: number,
): ArticlePrediction {
  const unknown = prediction.probabilityOf(UNKNOWN_CLASS);
  if (!labels.includes(UNKNOWN_CLASS) || unknown >= 1) return prediction;
  if (doubtAbove !== undefined && unknown >= doubtAbove) return prediction;
  const scale = 1 / (1 - unknown);
  let top = { label: UNKNOWN_CLASS, probability: 0 };
  for (const label of labels) {
    if (label === UNKNOWN_CLASS) continue;
    const probability = prediction.probabilityOf(label) * scale;
    if (probability > top.probability) top = { label, probability };
  }
  return {
    top,
    probabilityOf: (label) => (label === UNKNOWN_CLASS ? 0 : prediction.probabilityOf(label) * scale),
  };
}

/**
 * The lexical candidates with the model's probabilities mixed in (rerankWeight), best first. `ranking` is the
 * reading relevance mixes (renormalised without the unknown class with rerankWithoutUnknown); confidence mixes it
 * too unless confidenceKeepsUnknown, when it mixes `prediction`'s plain probabilities.
 */
export function rerank<C extends Candidate, A extends { readonly candidates: C[] }>(
  assessment: A,
  prediction: ArticlePrediction,
  blend: BlendSettings,
  ranking: ArticlePrediction = prediction,
): A {
  const w = blend.rerankWeight;
  if (w === 0) return assessment;
  const confident = blend.confidenceKeepsUnknown ? prediction : ranking;
  const candidates = assessment.candidates
    .map((c) => {
      const r = ranking.probabilityOf(c.articleId);
      const p = confident.probabilityOf(c.articleId);
      return { ...c, relevance: (1 - w) * c.relevance + w * r, confidence: (1 - w) * c.confidence + w * p };
    })
    .sort((a, b) => b.relevance - a.relevance || a.articleId.localeCompare(b.articleId));
  return { ...assessment, candidates };
}

/** The lexical decision, changed where the model is sure (answerAbove, resolveClarify, vetoAbove). */
export function withModel(
  selection: AnswerSelection,
  prediction: ArticlePrediction,
  blend: BlendSettings,
  lexicalClosest: readonly string[],
): AnswerSelection {
  const top = prediction.top;
  const article = top.label === UNKNOWN_CLASS ? undefined : top.label;
  const sure = blend.answerAbove !== undefined && top.probability >= blend.answerAbove;
  // Only an article the lexical side also found close: the model alone reads "are lipoedema scans painful" as
  // does-it-hurt at 0.96, blind to the topic word ("scans") no article covers, which the lexical side weighs.
  if (selection.kind === 'unknown' && article && sure && lexicalClosest.includes(article)) {
    return { kind: 'answer', articleId: article, confidence: top.probability };
  }
  if (
    selection.kind === 'clarify' &&
    blend.resolveClarify &&
    article &&
    sure &&
    selection.candidates.includes(article)
  ) {
    return { kind: 'answer', articleId: article, confidence: top.probability };
  }
  if (
    selection.kind === 'answer' &&
    blend.vetoAbove !== undefined &&
    top.probability >= blend.vetoAbove &&
    top.label !== selection.articleId
  ) {
    return article
      ? { kind: 'clarify', candidates: [selection.articleId, article] }
      : { kind: 'unknown', suggestions: [selection.articleId] };
  }
  return selection;
}
