import { z } from 'zod';
import { type ArticleModel, type ArticlePrediction, UNKNOWN_CLASS } from './article-model';
import { RecentResults } from '../recent-results';
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
     * Round 20 (und20b): a message the router would decline only by its catch-all (no word of its domain list, and
     * words the articles never use or the intent classifier's "out of scope") is a question after all when the
     * knowledge base answers it and the model's most probable class is that same article at this probability or more:
     * "does it hurt? my dad's 84 and bruises if you look at him" names no topic word, yet both readings find
     * does-it-hurt. Unset: the catch-all declines as before. MessageRouter asks through `answersPlainly`.
     */
    plainAnswerAbove: z.number().gt(0).max(1).optional(),
    /**
     * Round 40 (lead, batch 35 read): a message whose most probable class the model reads as one article at this
     * probability or more is about that article, so about us, with no second reading asked: the router's catch-all does
     * not decline it for words its domain list lacks or the classifier's "out of scope", and the knowledge base does not
     * call it none of ours ("what's the best number to reach you on", "does pressotherapy actually do anything or is it
     * a glorified blood pressure cuff for ur legs" were declined with their article at 0.96-1.00). The model has a class
     * of its own for what is none of ours, trained on the out-of-scope examples, which is why its confidence in an
     * article says "ours" where word lists cannot. Unset: only plainAnswerAbove's two agreeing readings do.
     */
    placedAbove: z.number().gt(0).max(1).optional(),
    /**
     * Round 21 (und21c): a message of several sentences that words and the model leave unsure is answered by the one
     * article that answers one of its sentences alone at this confidence or more, when the whole message also finds
     * it close (answer-selection.ts clauseAnswer). Unset: no sentence is read alone.
     */
    clauseAnswerAbove: z.number().gt(0).max(1).optional(),
    /**
     * Round 31 (und31): words that make a sentence about somebody (I, my, she, her mum…). A sentence of several that
     * has none of them asks in general ("what is a lymphatic massage?", "how long does a session take?"): what answers it
     * does not depend on the story around it, so clauseAnswer may answer it even where the model, reading the whole
     * message, finds the story none of ours (its top class "unknown"), as long as the article is the model's most
     * probable article for the whole message. A sentence about somebody ("can your massage help before she flies
     * home") still needs the model's top class. A regular expression, case-insensitive, matched against each sentence
     * in lower case. Unset: the model's top class always decides.
     */
    clausePersonWords: z
      .string()
      .min(1)
      // Checked when the content loads: a pattern that does not compile would otherwise throw mid-conversation.
      .refine(compilesAsPattern, 'clausePersonWords is not a valid regular expression')
      .optional(),
    /**
     * Round 31 (und31): where the model answers a lexical "I don't know" (answerAbove) with an article other than the
     * lexical side's first, and that first one covers what the question asks (an aspect such as cost) and leads the
     * model's article on words by at least this much relevance, the person is asked "Did you mean…?" with both, the
     * lexical one first. With round 31's training file the model read "what's the price difference between the 60 and
     * the 90? comparing you with other places" as the cosmetic-surgery article at 0.93-0.99 (its examples compare clinics
     * abroad), where words alone found the prices article far ahead (0.80 against 0.31). A question to the person
     * beats a confident wrong answer. Unset: the model's article answers.
     */
    answerAgainstLexicalLead: z.number().gt(0).max(1).optional(),
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
  attached.set(index, { model: withRecentPredictions(model), blend });
  return index;
}

/**
 * Predictions kept: a message and its sentences. Retrieval and the router's plain-answer check (answersPlainly) read
 * the same message; the model reads it once (round 22). Here rather than in article-model.ts, whose text names the
 * trained weights' cache file.
 */
const PREDICTIONS_KEPT = 8;

function withRecentPredictions(model: ArticleModel): ArticleModel {
  const recent = new RecentResults<ArticlePrediction>(PREDICTIONS_KEPT);
  const predictAfresh = (text: string) => model.predict(text);
  return {
    examples: model.examples,
    trainingMs: model.trainingMs,
    labels: model.labels,
    predict: (text) => recent.get(text, predictAfresh),
  };
}

export function articleModelOf(index: SearchIndex): Attached | undefined {
  return attached.get(index);
}

/** The lexical candidates with the model's probabilities mixed in (rerankWeight), best first. */
export function rerank<C extends Candidate, A extends { readonly candidates: C[] }>(
  assessment: A,
  prediction: ArticlePrediction,
  blend: BlendSettings,
): A {
  const w = blend.rerankWeight;
  if (w === 0) return assessment;
  const candidates = assessment.candidates
    .map((c) => {
      const p = prediction.probabilityOf(c.articleId);
      return { ...c, relevance: (1 - w) * c.relevance + w * p, confidence: (1 - w) * c.confidence + w * p };
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
  lexicalCandidates: readonly LexicalCandidate[],
): AnswerSelection {
  const top = prediction.top;
  const article = top.label === UNKNOWN_CLASS ? undefined : top.label;
  const sure = blend.answerAbove !== undefined && top.probability >= blend.answerAbove;
  // Only an article the lexical side also found close: the model alone reads "are lipoedema scans painful" as
  // does-it-hurt at 0.96, blind to the topic word ("scans") no article covers, which the lexical side weighs.
  if (selection.kind === 'unknown' && article && sure && lexicalClosest.includes(article)) {
    const ahead = lexicalLeadOver(article, lexicalCandidates, blend.answerAgainstLexicalLead);
    return ahead
      ? { kind: 'clarify', candidates: [ahead, article] }
      : { kind: 'answer', articleId: article, confidence: top.probability };
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

/** What answerAgainstLexicalLead reads of the lexical ranking (answer-selection.ts's candidate assessment). */
interface LexicalCandidate extends Candidate {
  readonly aspect: 'none asked' | 'covered' | 'missed';
  readonly mayNotAnswer: boolean;
}

/**
 * Round 31 (und31, answerAgainstLexicalLead): the lexical side's first article when it covers the aspect asked and leads
 * the model's `article` on words by `lead` or more (then the person is asked "Did you mean…?" with both); else undefined.
 */
function lexicalLeadOver(
  article: string,
  candidates: readonly LexicalCandidate[],
  lead: number | undefined,
): string | undefined {
  if (lead === undefined) return undefined;
  const first = candidates.find((c) => !c.mayNotAnswer);
  const chosen = candidates.find((c) => c.articleId === article);
  if (!first || !chosen || first.articleId === chosen.articleId || first.aspect !== 'covered') return undefined;
  return first.relevance - chosen.relevance >= lead ? first.articleId : undefined;
}

const compiledPatterns = new Map<string, RegExp>();

/**
 * clausePersonWords compiled once per pattern (case-insensitive), not once per sentence read; undefined when unset.
 * The schema has already refused a pattern that does not compile.
 */
export function clausePersonPattern(blend: BlendSettings): RegExp | undefined {
  const pattern = blend.clausePersonWords;
  if (pattern === undefined) return undefined;
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern, 'i');
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

function compilesAsPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}
