import { rememberedWeights } from './weights-cache';

/**
 * A small trained urgency model beside the red-flag lexicon: logistic regression over hashed binary
 * features (word unigrams and bigrams, character 4- and 5-grams), trained by plain SGD at start-up on
 * the labelled examples in knowledge/urgency-examples/ (urgent messages against look-alikes), the ordinary
 * messages of knowledge/understanding-examples/ and the knowledge base's own phrasings (src/screening/
 * urgency-examples.ts gathers them). The lexicon has no words for an emergency told in new
 * words; the model generalises from character pieces and word pairs, so the product answers
 * "lexicon OR model". The features and seed are the ones the lead measured; epochs, L2, learning rate and
 * threshold were chosen by a small grid (knowledge/urgency-model.yaml says how); change them only with new
 * figures.
 */

/** 2^18 weights: large enough that the ~9,000 examples' features rarely collide. */
const DIMENSIONS = 1 << 18;
const SEED = 20261130;
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
  /** Passes of SGD over the examples. */
  readonly epochs: number;
  /** L2 weight decay per update. */
  readonly l2: number;
  /** SGD learning rate. */
  readonly learningRate: number;
  /**
   * How many example orders are trained and their weights averaged (round 13; 1 = one order). One SGD pass order is
   * one draw: adding a file reshuffled it and moved borderline messages across the threshold both ways. The average
   * of several orders (for a linear model, the average of their scores) moves much less.
   */
  readonly orders?: number;
}

/** How the weights are trained (the part of the settings that changes the weights, not the threshold). */
type TrainingRecipe = Pick<UrgencySettings, 'epochs' | 'l2' | 'learningRate' | 'orders'>;

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
}

interface Weights {
  readonly w: Float64Array;
  readonly b: number;
}

/** 32-bit FNV-1a over the string's UTF-16 code units, modulo the dimensions. */
function hashIndex(feature: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return (h >>> 0) % DIMENSIONS;
}

function tokensOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .match(TOKEN) ?? []
  );
}

/** The feature indices of a text (deduplicated: binary features). */
export function urgencyFeatures(text: string): Int32Array {
  const tokens = tokensOf(text);
  const indices = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    indices.add(hashIndex(`w|${tokens[i]}`));
    if (i > 0) indices.add(hashIndex(`b|${tokens[i - 1]} ${tokens[i]}`));
  }
  const joined = ` ${tokens.join(' ')} `;
  for (const n of [4, 5]) {
    for (let i = 0; i + n <= joined.length; i++) indices.add(hashIndex(`c|${joined.slice(i, i + n)}`));
  }
  return Int32Array.from(indices);
}

/** mulberry32: a small seeded generator, so training is the same on every start (all three start-up models use it). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of `order` in place, drawing from `random`: each epoch's example order. */
export function shuffleInPlace(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function score(weights: Weights, features: Int32Array): number {
  let z = weights.b;
  for (let i = 0; i < features.length; i++) z += weights.w[features[i]!]!;
  return sigmoid(z);
}

function fitWeights(examples: readonly UrgencyExample[], recipe: TrainingRecipe): Weights {
  const features = examples.map((example) => urgencyFeatures(example.text));
  const orders = recipe.orders ?? 1;
  if (orders === 1) return fitOneOrder(examples, features, recipe, SEED);
  const w = new Float64Array(DIMENSIONS);
  let b = 0;
  for (let k = 0; k < orders; k++) {
    const one = fitOneOrder(examples, features, recipe, SEED + k);
    for (let i = 0; i < DIMENSIONS; i++) w[i]! += one.w[i]! / orders;
    b += one.b / orders;
  }
  return { w, b };
}

/** Plain SGD over the examples in the order a generator seeded with `seed` shuffles them each epoch. */
function fitOneOrder(
  examples: readonly UrgencyExample[],
  features: readonly Int32Array[],
  recipe: TrainingRecipe,
  seed: number,
): Weights {
  const { epochs, l2, learningRate } = recipe;
  const w = new Float64Array(DIMENSIONS);
  let b = 0;
  const order = examples.map((_, i) => i);
  const random = mulberry32(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const k of order) {
      const f = features[k]!;
      let z = b;
      for (let i = 0; i < f.length; i++) z += w[f[i]!]!;
      const g = sigmoid(z) - (examples[k]!.urgent ? 1 : 0);
      for (let i = 0; i < f.length; i++) {
        const index = f[i]!;
        w[index] = w[index]! - learningRate * (g + l2 * w[index]!);
      }
      b -= learningRate * g;
    }
  }
  return { w, b };
}

/** Trained weights by the examples' content: tests and CLIs that load content many times train once. */
const trained = new Map<string, Weights>();

function contentKey(examples: readonly UrgencyExample[], recipe: TrainingRecipe): string {
  return (
    `${recipe.epochs}|${recipe.l2}|${recipe.learningRate}|${recipe.orders ?? 1}\n` +
    examples.map((example) => `${example.urgent ? 1 : 0}${example.text}`).join('\n')
  );
}

/**
 * Trains (or reuses, for the same examples) the model and returns it with the given threshold.
 *
 * @example
 * const model = trainUrgencyModel([{ text: 'my throat is closing', urgent: true }, ...], { threshold: 0.9, minWords: 4, epochs: 4, l2: 1e-4, learningRate: 0.05 });
 * model.isUrgent('my lips went numb and tingly after the wrap');
 */
export function trainUrgencyModel(
  examples: readonly UrgencyExample[],
  settings: UrgencySettings,
): UrgencyModel {
  const { threshold, minWords } = settings;
  const started = performance.now();
  const key = contentKey(examples, settings);
  let weights = trained.get(key);
  if (!weights) {
    weights = rememberedWeights('urgency', [FEATURES_SOURCE_FILE], key, () => fitWeights(examples, settings));
    trained.set(key, weights);
  }
  const fixed = weights;
  const probability = (text: string) => score(fixed, urgencyFeatures(text));
  return {
    threshold,
    minWords,
    examples: examples.length,
    trainingMs: performance.now() - started,
    probability,
    isUrgent: (text) => tokensOf(text).length >= minWords && probability(text) >= threshold,
  };
}

/** How many distinct example sets have been trained in this process (memoisation check). */
export function trainedModelCount(): number {
  return trained.size;
}
