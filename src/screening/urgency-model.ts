import { COMPACT_FEATURES_SOURCE_FILE, compactFeatures } from '../training/compact-features';
import { LBFGS_SOURCE_FILE, minimise } from '../training/lbfgs';
import { RecentResults } from '../recent-results';
import { rememberedWeights } from './weights-cache';

/**
 * A small trained urgency model beside the red-flag lexicon: logistic regression over hashed binary
 * features (word unigrams and bigrams, character 4- and 5-grams), trained to convergence at start-up on
 * the labelled examples in knowledge/urgency-examples/ (urgent messages against look-alikes), the ordinary
 * messages of knowledge/understanding-examples/ and the knowledge base's own phrasings (src/screening/
 * urgency-examples.ts gathers them). The lexicon has no words for an emergency told in new
 * words; the model generalises from character pieces and word pairs, so the product answers
 * "lexicon OR model". The features are the ones the lead measured; L2 and threshold were chosen by a small grid
 * (knowledge/urgency-model.yaml says how); change them only with new figures.
 *
 * Round 17: trained to the one minimum of its loss (L-BFGS, src/training/lbfgs.ts), not by two SGD epochs. The SGD
 * weights depended on which files it saw and in which order, so each new example file moved borderline messages
 * across the threshold both ways; the minimum of a strictly convex loss is the same whatever the order.
 */

/** 2^18 weights: large enough that the ~15,000 examples' features rarely collide. */
const DIMENSIONS = 1 << 18;
/** This file: its text is part of every start-up model's weights-cache name (the features are here). */
export const FEATURES_SOURCE_FILE = __filename;

const TOKEN = /[\p{L}\p{N}']+/gu;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** One labelled training message: urgent (a positive) or not (a look-alike or an ordinary question). */
export interface UrgencyExample {
  readonly text: string;
  readonly urgent: boolean;
}

/** When the product acts on the model's probability (knowledge/urgency-model.yaml). */
export interface UrgencySettings {
  /** Urgent at or above this probability. */
  readonly threshold: number;
  /** Messages with fewer words are left to the lexicon: the examples hold almost no short urgent messages. */
  readonly minWords: number;
  /**
   * Below this probability the model doubts a lexicon red flag (`doubts`): the message is told in words the model has
   * only seen in look-alikes. Absent or 0: it never doubts.
   */
  readonly doubtBelow?: number;
  /** L2 penalty: the loss is the mean log-loss plus l2/2·|w|² (the bias is not penalised). */
  readonly l2: number;
}

/** How the weights are trained (the part of the settings that changes the weights, not the threshold). */
type TrainingRecipe = Pick<UrgencySettings, 'l2'>;

/** A trained model: the probability that a message is urgent, and the threshold the product acts on. */
export interface UrgencyModel {
  readonly threshold: number;
  readonly minWords: number;
  /** How many examples it was trained on (for the start-up log). */
  readonly examples: number;
  /** Milliseconds this call spent training, or loading weights trained before (in this process or on disk: weights-cache.ts). */
  readonly trainingMs: number;
  probability(text: string): number;
  isUrgent(text: string): boolean;
  /** Whether a message of at least `minWords` words scores below `doubtBelow` (a lexicon flag it does not believe). */
  doubts(text: string): boolean;
}

interface Weights {
  readonly w: Float64Array;
  readonly b: number;
}

function tokensOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .match(TOKEN) ?? []
  );
}

/**
 * The feature indices of a text (deduplicated: binary features), in order of first occurrence. The three start-up
 * models read the same message (the safety layer, retrieval and the route model): the last few texts' features are
 * kept (round 22), and shared, so callers only read them.
 */
export function urgencyFeatures(text: string): Int32Array {
  return recentFeatures.get(text, featuresAfresh);
}

const recentFeatures = new RecentResults<Int32Array>(8);

/**
 * A feature is hashed as 32-bit FNV-1a over the UTF-16 code units of its text ("w|word", "b|one two", "c|" and four or
 * five characters), modulo the dimensions. FNV-1a reads left to right, so the state after a prefix is the start of
 * every feature that begins with it: each hash goes on from there over the message's own characters, with no string
 * built per feature (round 22; the same indices as before, and so the same weights).
 */
function hashPrefix(prefix: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < prefix.length; i++) {
    h ^= prefix.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}
const WORD_HASH = hashPrefix('w|');
const BIGRAM_HASH = hashPrefix('b|');
const CHARACTERS_HASH = hashPrefix('c|');
const SPACE = ' '.charCodeAt(0);

/** FNV-1a of the prefix's feature for `text.slice(from, to)`, from the prefix's state, without building the string. */
function hashFrom(state: number, text: string, from: number, to: number): number {
  let h = state;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

function featuresAfresh(text: string): Int32Array {
  const tokens = tokensOf(text);
  const indices = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    indices.add((hashFrom(WORD_HASH, token, 0, token.length) >>> 0) % DIMENSIONS);
    if (i > 0) {
      const previous = tokens[i - 1]!;
      let h = hashFrom(BIGRAM_HASH, previous, 0, previous.length);
      h = Math.imul(h ^ SPACE, FNV_PRIME);
      indices.add((hashFrom(h, token, 0, token.length) >>> 0) % DIMENSIONS);
    }
  }
  const joined = ` ${tokens.join(' ')} `;
  for (const n of [4, 5]) {
    for (let i = 0; i + n <= joined.length; i++)
      indices.add((hashFrom(CHARACTERS_HASH, joined, i, i + n) >>> 0) % DIMENSIONS);
  }
  return Int32Array.from(indices);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function score(weights: Weights, features: Int32Array): number {
  let z = weights.b;
  for (let i = 0; i < features.length; i++) z += weights.w[features[i]!]!;
  return sigmoid(z);
}

/** Stop when no weight's gradient exceeds this (the loss is a mean over examples, so it does not grow with them). */
const GRADIENT_TOLERANCE = 1e-7;
/** Far beyond the ~80 iterations the knowledge folder needs; weights short of the tolerance are still the best found. */
const MAX_ITERATIONS = 2000;

/**
 * The one minimum of the mean log-loss plus l2/2·|w|² (the bias is not decayed), found by L-BFGS over the features the
 * examples use (a dense copy of those only: most of the 2^18 hashed weights are never touched).
 */
function fitWeights(examples: readonly UrgencyExample[], { l2 }: TrainingRecipe): Weights {
  const { rows, indices } = compactFeatures(examples.map((example) => urgencyFeatures(example.text)));
  const d = indices.length;
  const labels = examples.map((example) => (example.urgent ? 1 : 0));
  const n = examples.length;
  const x = new Float64Array(d + 1);
  minimise(
    x,
    (x, gradient) => {
      gradient.fill(0);
      let loss = 0;
      const bias = x[d]!;
      for (let k = 0; k < n; k++) {
        const row = rows[k]!;
        let z = bias;
        for (let i = 0; i < row.length; i++) z += x[row[i]!]!;
        const y = labels[k]!;
        // log(1 + e^-z) for a positive, log(1 + e^z) for a negative, without overflow.
        const margin = y === 1 ? z : -z;
        loss += margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin));
        const c = (sigmoid(z) - y) / n;
        for (let i = 0; i < row.length; i++) gradient[row[i]!] = gradient[row[i]!]! + c;
        gradient[d] = gradient[d]! + c;
      }
      let penalty = 0;
      for (let j = 0; j < d; j++) {
        penalty += x[j]! * x[j]!;
        gradient[j] = gradient[j]! + l2 * x[j]!;
      }
      return loss / n + (l2 / 2) * penalty;
    },
    { maxIterations: MAX_ITERATIONS, gradientTolerance: GRADIENT_TOLERANCE },
  );
  const w = new Float64Array(DIMENSIONS);
  indices.forEach((index, at) => {
    w[index] = x[at]!;
  });
  return { w, b: x[d]! };
}

/** Trained weights by the examples' content: tests and CLIs that load content many times train once. */
const trained = new Map<string, Weights>();

function contentKey(examples: readonly UrgencyExample[], recipe: TrainingRecipe): string {
  return (
    `converged|${recipe.l2}|${GRADIENT_TOLERANCE}|${MAX_ITERATIONS}\n` +
    examples.map((example) => `${example.urgent ? 1 : 0}${example.text}`).join('\n')
  );
}

/**
 * Trains (or reuses, for the same examples) the model and returns it with the given threshold.
 *
 * @example
 * const model = trainUrgencyModel([{ text: 'my throat is closing', urgent: true }, ...], { threshold: 0.8, minWords: 4, l2: 1e-4 });
 * model.isUrgent('my lips went numb and tingly after the wrap');
 */
export function trainUrgencyModel(
  examples: readonly UrgencyExample[],
  settings: UrgencySettings,
): UrgencyModel {
  const { threshold, minWords, doubtBelow = 0 } = settings;
  const started = performance.now();
  const key = contentKey(examples, settings);
  let weights = trained.get(key);
  if (!weights) {
    weights = rememberedWeights(
      'urgency',
      [FEATURES_SOURCE_FILE, LBFGS_SOURCE_FILE, COMPACT_FEATURES_SOURCE_FILE],
      key,
      () => fitWeights(examples, settings),
    );
    trained.set(key, weights);
  }
  const fixed = weights;
  const probability = (text: string) => score(fixed, urgencyFeatures(text));
  // Shorter messages are the lexicon's alone: the model neither flags nor doubts them.
  const readable = (text: string) => tokensOf(text).length >= minWords;
  return {
    threshold,
    minWords,
    examples: examples.length,
    trainingMs: performance.now() - started,
    probability,
    isUrgent: (text) => readable(text) && probability(text) >= threshold,
    doubts: (text) => doubtBelow > 0 && readable(text) && probability(text) < doubtBelow,
  };
}

/** How many distinct example sets have been trained in this process (memoisation check). */
export function trainedModelCount(): number {
  return trained.size;
}
