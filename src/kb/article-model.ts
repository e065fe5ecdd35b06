import { FEATURES_SOURCE_FILE, urgencyFeatures as textFeatures } from '../screening/urgency-model';
import { rememberedWeights } from '../screening/weights-cache';
import { mulberry32, RANDOM_SOURCE_FILE, shuffleInPlace } from '../training/random';
import { SOFTMAX_SOURCE_FILE, softmaxScores } from '../training/softmax-regression';

/**
 * Issue 12 (part 5): a small trained article classifier beside lexical retrieval. Lexical retrieval
 * (search-index.ts, answer-selection.ts) answers only when a message says the words of one of our phrasings;
 * a paraphrase ("does the swelling hang about long after a lipo") shares few of them and gets an honest
 * "I don't know". This model is a multinomial (softmax) logistic regression over the same hashed features as the
 * urgency model (word uni/bigrams, character 4/5-grams, which survive typos and other word forms), trained by
 * plain SGD at start-up on every article's phrasings, title and tags and on every labelled question of
 * knowledge/understanding-examples/ (article-model-content.ts gathers them). An optional "unknown" class learns
 * the questions labelled NONE and the out-of-scope messages. How the product combines it with the lexical
 * decision is in article-blend.ts; the settings and the grid that chose them in knowledge/article-model.yaml.
 */

/** 2^16 buckets per class: 79 classes × 65,536 × 4 bytes ≈ 20 MB; the ~4,000 examples' features rarely collide. */
const DIMENSIONS = 1 << 16;
const SEED = 20261130;
/** The class a message with no article of ours belongs to (NONE questions and out-of-scope messages). */
export const UNKNOWN_CLASS = '(unknown)';
/** An update this small for a class changes nothing worth the time: most classes' probabilities are ~0. */
const SKIP_GRADIENT = 1e-4;

/** One training message and its class: an article id or UNKNOWN_CLASS. */
export interface ArticleExample {
  readonly text: string;
  readonly label: string;
}

/** How the weights are trained (knowledge/article-model.yaml). */
export interface ArticleTrainingRecipe {
  readonly epochs: number;
  readonly l2: number;
  readonly learningRate: number;
  /**
   * How many example orders are trained and their weights averaged (round 14, as the urgency model's `orders`; 1 or
   * unset = one order). One SGD order is one draw: adding a labelled file reshuffled it and moved 2-4 unrelated
   * answers. For a linear model the average of several orders' weights is the average of their scores.
   */
  readonly orders?: number;
  /**
   * Round 27 (ans27): each epoch visits the examples in an order fixed by a hash of each example (its label and text,
   * the order's seed and the epoch), not by a shuffle of their positions. A shuffle of positions is a new draw for
   * every example once one example is added or removed, so a new phrasing for one article moved answers of unrelated
   * articles (a compression-pump question came back as the at-risk-limb article at 0.91 after five phrasings were
   * added elsewhere). With the hashed order an added example takes one place and every other keeps its place relative
   * to the rest. Unset: the shuffle, as before.
   */
  readonly stableOrder?: boolean;
}

/** The model's reading of one message. */
export interface ArticlePrediction {
  /** The most probable class (UNKNOWN_CLASS or an article id) and its probability. */
  readonly top: { readonly label: string; readonly probability: number };
  /** The probability of one class (0 for a class the model does not know). */
  probabilityOf(label: string): number;
}

export interface ArticleModel {
  /** How many examples it was trained on (for the start-up log). */
  readonly examples: number;
  /** Milliseconds this call spent training, or loading weights trained before (in this process or on disk: weights-cache.ts). */
  readonly trainingMs: number;
  readonly labels: readonly string[];
  predict(text: string): ArticlePrediction;
}

interface Weights {
  readonly labels: readonly string[];
  /** Feature-major: w[feature * classes + class], so one feature's weights for every class are contiguous. */
  readonly w: Float32Array;
  readonly b: Float64Array;
}

/** The features modulo this model's dimensions (the urgency model's hashing, a smaller table per class). */
function featuresOf(text: string): Int32Array {
  const raw = textFeatures(text);
  const folded = new Set<number>();
  for (let i = 0; i < raw.length; i++) folded.add(raw[i]! % DIMENSIONS);
  return Int32Array.from(folded);
}

/** Softmax of the class scores of one message, into `out` (the route model's, src/training/softmax-regression.ts). */
function probabilities(weights: Weights, features: Int32Array, out: Float64Array): void {
  softmaxScores(weights.w, weights.b, features, out);
}

function fitWeights(examples: readonly ArticleExample[], recipe: ArticleTrainingRecipe): Weights {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const features = examples.map((example) => featuresOf(example.text));
  const orders = recipe.orders ?? 1;
  if (orders === 1) return fitOneOrder(examples, features, labels, recipe, SEED);
  const k = labels.length;
  const average: Weights = { labels, w: new Float32Array(DIMENSIONS * k), b: new Float64Array(k) };
  for (let n = 0; n < orders; n++) {
    const one = fitOneOrder(examples, features, labels, recipe, SEED + n);
    for (let i = 0; i < one.w.length; i++) if (one.w[i] !== 0) average.w[i]! += one.w[i]! / orders;
    for (let c = 0; c < k; c++) average.b[c]! += one.b[c]! / orders;
  }
  return average;
}

/** Plain SGD over the examples in the order a generator seeded with `seed` shuffles them each epoch. */
function fitOneOrder(
  examples: readonly ArticleExample[],
  features: readonly Int32Array[],
  labels: readonly string[],
  recipe: ArticleTrainingRecipe,
  seed: number,
): Weights {
  const k = labels.length;
  const classOf = new Map(labels.map((label, i) => [label, i]));
  const weights: Weights = { labels, w: new Float32Array(DIMENSIONS * k), b: new Float64Array(k) };
  const order = examples.map((_, i) => i);
  const random = mulberry32(seed);
  const keyOf = (n: number, epoch: number) => fnv1a(`${seed}|${epoch}|${examples[n]!.label}\t${examples[n]!.text}`);
  const p = new Float64Array(k);
  const gradient = new Float64Array(k);
  const active = new Int32Array(k);
  const { epochs, l2, learningRate } = recipe;
  const decay = 1 - learningRate * l2;
  for (let epoch = 0; epoch < epochs; epoch++) {
    if (recipe.stableOrder) {
      const keys = new Map(order.map((n) => [n, keyOf(n, epoch)]));
      order.sort((a, b) => keys.get(a)! - keys.get(b)! || a - b);
    } else shuffleInPlace(order, random);
    for (const n of order) {
      const f = features[n]!;
      const y = classOf.get(examples[n]!.label)!;
      probabilities(weights, f, p);
      // Only the classes whose gradient matters, one feature's classes at a time (contiguous weights).
      let count = 0;
      for (let c = 0; c < k; c++) {
        const g = p[c]! - (c === y ? 1 : 0);
        if (Math.abs(g) < SKIP_GRADIENT) continue;
        gradient[count] = learningRate * g;
        active[count++] = c;
        weights.b[c]! -= learningRate * g;
      }
      const w = weights.w;
      for (let i = 0; i < f.length; i++) {
        const base = f[i]! * k;
        for (let j = 0; j < count; j++) {
          const index = base + active[j]!;
          w[index] = w[index]! * decay - gradient[j]!;
        }
      }
    }
  }
  return weights;
}

/** FNV-1a, 32 bits: a fixed pseudo-random place for an example in one epoch of one order (stableOrder). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Trained weights by the examples' content: tests and CLIs that load content many times train once. */
const trained = new Map<string, Weights>();

function contentKey(examples: readonly ArticleExample[], recipe: ArticleTrainingRecipe): string {
  return (
    `${recipe.epochs}|${recipe.l2}|${recipe.learningRate}${(recipe.orders ?? 1) > 1 ? `|${recipe.orders}` : ''}${recipe.stableOrder ? '|stable' : ''}\n` +
    examples.map((example) => `${example.label}\t${example.text}`).join('\n')
  );
}

/**
 * Trains (or reuses, for the same examples and recipe) the article model. `reuse: false` trains afresh and keeps
 * nothing (the determinism test).
 *
 * @example
 * const model = trainArticleModel([{ text: 'does MLD hurt', label: 'does-it-hurt' }, ...], { epochs: 8, l2: 1e-5, learningRate: 0.1 });
 * model.predict('is it sore at all').top; // { label: 'does-it-hurt', probability: 0.8 }
 */
export function trainArticleModel(
  examples: readonly ArticleExample[],
  recipe: ArticleTrainingRecipe,
  options: { reuse?: boolean } = {},
): ArticleModel {
  const started = performance.now();
  const key = contentKey(examples, recipe);
  let weights = options.reuse === false ? undefined : trained.get(key);
  if (!weights) {
    if (options.reuse === false) weights = fitWeights(examples, recipe);
    else {
      weights = rememberedWeights(
        'article',
        [__filename, FEATURES_SOURCE_FILE, RANDOM_SOURCE_FILE, SOFTMAX_SOURCE_FILE],
        key,
        () => fitWeights(examples, recipe),
      );
      trained.set(key, weights);
    }
  }
  const fixed = weights;
  const classOf = new Map(fixed.labels.map((label, i) => [label, i]));
  return {
    examples: examples.length,
    trainingMs: performance.now() - started,
    labels: fixed.labels,
    predict(text) {
      const p = new Float64Array(fixed.labels.length);
      probabilities(fixed, featuresOf(text), p);
      let best = 0;
      for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
      return {
        top: { label: fixed.labels[best]!, probability: p[best]! },
        probabilityOf: (label) => p[classOf.get(label) ?? -1] ?? 0,
      };
    },
  };
}

/** How many distinct example sets have been trained in this process (memoisation check). */
export function trainedArticleModelCount(): number {
  return trained.size;
}
