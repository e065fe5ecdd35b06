/**
 * A small trained model of a message's KIND beside the router's rules (issue 12 part 1: "an explicit
 * out-of-scope class, trained on a broad set of everyday requests, and a calibrated rejection threshold"):
 * multinomial logistic regression over the urgency model's hashed features (word uni/bigrams, character 4/5-grams;
 * src/screening/urgency-model.ts), trained by plain SGD at start-up on the labelled understanding examples
 * (knowledge/understanding-examples/**), the intent examples that map to a kind and the articles' own questions
 * (src/language/route-model-content.ts gathers them). The rules have no words for a request told in new words; the
 * model generalises from word pairs and character pieces. It is only asked where the rules are unsure
 * (src/language/route-fallback.ts), and only its confident readings are acted on (knowledge/route-model.yaml).
 *
 * Round 18: the weights are the one minimum of the mean softmax log-loss plus l2/2·|w|² (src/training/
 * softmax-regression.ts, L-BFGS), not two SGD epochs: SGD stopped far from it, so which example files it saw (and in
 * which order) moved borderline messages by chance, and labelled sets could not join training without doing so.
 */
import { FEATURES_SOURCE_FILE, urgencyFeatures } from '../screening/urgency-model';
import { rememberedWeights } from '../screening/weights-cache';
import { COMPACT_FEATURES_SOURCE_FILE } from '../training/compact-features';
import { LBFGS_SOURCE_FILE } from '../training/lbfgs';
import {
  fitSoftmax,
  SOFTMAX_GRADIENT_TOLERANCE,
  SOFTMAX_MAX_ITERATIONS,
  SOFTMAX_SOURCE_FILE,
  type SoftmaxWeights,
  softmaxScores,
} from '../training/softmax-regression';

/** The kinds of message the understanding sets label (their four lists). */
export const MESSAGE_KINDS = ['question', 'out_of_scope', 'handoff', 'personal'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
const K = MESSAGE_KINDS.length;

/** The same hashing space as the urgency model (its features are reused as they are). */
const DIMENSIONS = 1 << 18;

/** One labelled training message. */
export interface KindExample {
  readonly text: string;
  readonly kind: MessageKind;
}

/** How the weights are trained (knowledge/route-model.yaml). */
export interface RouteModelRecipe {
  /** L2 penalty: the loss is the mean log-loss plus l2/2·|w|² (the biases are not penalised). */
  readonly l2: number;
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

type Weights = SoftmaxWeights;

function fitWeights(examples: readonly KindExample[], { l2 }: RouteModelRecipe): Weights {
  const features = examples.map((example) => urgencyFeatures(example.text));
  const labels = examples.map((example) => MESSAGE_KINDS.indexOf(example.kind));
  return fitSoftmax(features, labels, { classes: K, dimensions: DIMENSIONS, l2 }).weights;
}

/** Trained weights by the examples' content: tests and CLIs that load content many times train once. */
const trained = new Map<string, Weights>();

function contentKey(examples: readonly KindExample[], recipe: RouteModelRecipe): string {
  return (
    `converged|${recipe.l2}|${SOFTMAX_GRADIENT_TOLERANCE}|${SOFTMAX_MAX_ITERATIONS}\n` +
    examples.map((example) => `${example.kind}|${example.text}`).join('\n')
  );
}

/**
 * Trains (or reuses, for the same examples and recipe) the model.
 *
 * @example
 * const model = trainRouteModel([{ text: 'can a human ring me', kind: 'handoff' }, ...], { l2: 1e-4 });
 * model.predict('any chance of chatting to one of your staff?'); // { kind: 'handoff', probability: 0.9… }
 */
export function trainRouteModel(examples: readonly KindExample[], recipe: RouteModelRecipe): RouteModel {
  const started = performance.now();
  const key = contentKey(examples, recipe);
  let weights = trained.get(key);
  if (!weights) {
    weights = rememberedWeights(
      'route',
      [
        __filename,
        FEATURES_SOURCE_FILE,
        LBFGS_SOURCE_FILE,
        SOFTMAX_SOURCE_FILE,
        COMPACT_FEATURES_SOURCE_FILE,
      ],
      key,
      () => fitWeights(examples, recipe),
    );
    trained.set(key, weights);
  }
  const fixed = weights;
  const probabilities = (text: string): Record<MessageKind, number> => {
    const p = new Float64Array(K);
    softmaxScores(fixed.w, fixed.b, urgencyFeatures(text), p);
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
