/**
 * A small trained model of a message's KIND beside the router's rules (issue 12 part 1: "an explicit
 * out-of-scope class, trained on a broad set of everyday requests, and a calibrated rejection threshold"):
 * multinomial logistic regression over the urgency model's hashed features (word uni/bigrams, character 4/5-grams;
 * src/screening/urgency-model.ts), trained by plain SGD at start-up on the labelled understanding examples
 * (knowledge/understanding-examples/**), the intent examples that map to a kind and the articles' own questions
 * (src/language/route-model-content.ts gathers them). The rules have no words for a request told in new words; the
 * model generalises from word pairs and character pieces. It is only asked where the rules are unsure
 * (src/language/route-fallback.ts), and only its confident readings are acted on (knowledge/route-model.yaml).
 */
import { FEATURES_SOURCE_FILE, mulberry32, shuffleInPlace, urgencyFeatures } from '../screening/urgency-model';
import { rememberedWeights } from '../screening/weights-cache';

/** The kinds of message the understanding sets label (their four lists). */
export const MESSAGE_KINDS = ['question', 'out_of_scope', 'handoff', 'personal'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
const K = MESSAGE_KINDS.length;

/** The same hashing space as the urgency model (its features are reused as they are). */
const DIMENSIONS = 1 << 18;
const SEED = 20261130;

/** One labelled training message. */
export interface KindExample {
  readonly text: string;
  readonly kind: MessageKind;
}

/** How the weights are trained (knowledge/route-model.yaml). */
export interface RouteModelRecipe {
  readonly epochs: number;
  readonly l2: number;
  readonly learningRate: number;
}

/** A trained model: each kind's probability for a message. */
export interface RouteModel {
  /** How many examples it was trained on (for the start-up log). */
  readonly examples: number;
  /** Milliseconds this call spent training, or loading weights trained before (in this process or on disk: weights-cache.ts). */
  readonly trainingMs: number;
  probabilities(text: string): Record<MessageKind, number>;
  /** The most probable kind and its probability. */
  predict(text: string): { kind: MessageKind; probability: number };
}

interface Weights {
  /** DIMENSIONS × K, feature-major (a feature's K weights side by side). */
  readonly w: Float32Array;
  readonly b: Float64Array;
}

/** Softmax of the K scores of one message, into `out`. */
function softmax(weights: Weights, features: Int32Array, out: Float64Array): void {
  for (let k = 0; k < K; k++) out[k] = weights.b[k]!;
  for (let i = 0; i < features.length; i++) {
    const base = features[i]! * K;
    for (let k = 0; k < K; k++) out[k] = out[k]! + weights.w[base + k]!;
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < K; k++) max = Math.max(max, out[k]!);
  let sum = 0;
  for (let k = 0; k < K; k++) {
    out[k] = Math.exp(out[k]! - max);
    sum += out[k]!;
  }
  for (let k = 0; k < K; k++) out[k] = out[k]! / sum;
}

function fitWeights(examples: readonly KindExample[], recipe: RouteModelRecipe): Weights {
  const { epochs, l2, learningRate } = recipe;
  const weights: Weights = { w: new Float32Array(DIMENSIONS * K), b: new Float64Array(K) };
  const features = examples.map((example) => urgencyFeatures(example.text));
  const labels = examples.map((example) => MESSAGE_KINDS.indexOf(example.kind));
  const order = examples.map((_, i) => i);
  const random = mulberry32(SEED);
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const n of order) {
      const f = features[n]!;
      softmax(weights, f, p);
      for (let k = 0; k < K; k++) p[k] = p[k]! - (k === labels[n] ? 1 : 0);
      for (let i = 0; i < f.length; i++) {
        const base = f[i]! * K;
        for (let k = 0; k < K; k++) {
          const w = weights.w[base + k]!;
          weights.w[base + k] = w - learningRate * (p[k]! + l2 * w);
        }
      }
      for (let k = 0; k < K; k++) weights.b[k] = weights.b[k]! - learningRate * p[k]!;
    }
  }
  return weights;
}

/** Trained weights by the examples' content: tests and CLIs that load content many times train once. */
const trained = new Map<string, Weights>();

function contentKey(examples: readonly KindExample[], recipe: RouteModelRecipe): string {
  return (
    `${recipe.epochs}|${recipe.l2}|${recipe.learningRate}\n` +
    examples.map((example) => `${example.kind}|${example.text}`).join('\n')
  );
}

/**
 * Trains (or reuses, for the same examples and recipe) the model.
 *
 * @example
 * const model = trainRouteModel([{ text: 'can a human ring me', kind: 'handoff' }, ...], { epochs: 4, l2: 1e-5, learningRate: 0.1 });
 * model.predict('any chance of chatting to one of your staff?'); // { kind: 'handoff', probability: 0.9… }
 */
export function trainRouteModel(examples: readonly KindExample[], recipe: RouteModelRecipe): RouteModel {
  const started = performance.now();
  const key = contentKey(examples, recipe);
  let weights = trained.get(key);
  if (!weights) {
    weights = rememberedWeights('route', [__filename, FEATURES_SOURCE_FILE], key, () => fitWeights(examples, recipe));
    trained.set(key, weights);
  }
  const fixed = weights;
  const probabilities = (text: string): Record<MessageKind, number> => {
    const p = new Float64Array(K);
    softmax(fixed, urgencyFeatures(text), p);
    return Object.fromEntries(MESSAGE_KINDS.map((kind, k) => [kind, p[k]!])) as Record<MessageKind, number>;
  };
  return {
    examples: examples.length,
    trainingMs: performance.now() - started,
    probabilities,
    predict(text) {
      const p = probabilities(text);
      const kind = MESSAGE_KINDS.reduce((best, k) => (p[k] > p[best] ? k : best), MESSAGE_KINDS[0]);
      return { kind, probability: p[kind] };
    },
  };
}

/** How many distinct example sets have been trained in this process (memoisation check). */
export function trainedRouteModelCount(): number {
  return trained.size;
}
