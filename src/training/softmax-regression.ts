import { compactFeatures } from './compact-features';
import { minimise } from './lbfgs';

/**
 * Multiclass (softmax) logistic regression trained to convergence: the one minimum of the mean log-loss plus
 * l2/2·|w|² (the biases are not penalised), found by L-BFGS (lbfgs.ts) over the features the examples use (a dense
 * copy of those only: most hashed weights are never touched). The same recipe as the urgency model's binary fit
 * (src/screening/urgency-model.ts, round 17), for K classes; the route model trains with it (round 18). The minimum
 * does not depend on the order of the examples, so a new example file moves a message only by what it teaches.
 */

/** This file: part of the weights-cache name of every model trained with it (src/screening/weights-cache.ts). */
export const SOFTMAX_SOURCE_FILE = __filename;

/** Stop when no weight's gradient exceeds this (the loss is a mean over examples, so it does not grow with them). */
export const SOFTMAX_GRADIENT_TOLERANCE = 1e-7;
/** Far beyond the iterations the knowledge folder needs; weights short of the tolerance are still the best found. */
export const SOFTMAX_MAX_ITERATIONS = 2000;

export interface SoftmaxWeights {
  /** dimensions × classes, feature-major (a feature's weights side by side). */
  readonly w: Float32Array;
  readonly b: Float64Array;
}

export interface SoftmaxFit {
  readonly weights: SoftmaxWeights;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Softmax of one example's class scores into `out` (features are indices into `w`'s feature-major rows). */
export function softmaxScores(
  w: ArrayLike<number>,
  b: ArrayLike<number>,
  features: ArrayLike<number>,
  out: Float64Array,
): void {
  const k = out.length;
  for (let c = 0; c < k; c++) out[c] = b[c]!;
  for (let i = 0; i < features.length; i++) {
    const base = features[i]! * k;
    for (let c = 0; c < k; c++) out[c] = out[c]! + w[base + c]!;
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) max = Math.max(max, out[c]!);
  let sum = 0;
  for (let c = 0; c < k; c++) {
    out[c] = Math.exp(out[c]! - max);
    sum += out[c]!;
  }
  for (let c = 0; c < k; c++) out[c] = out[c]! / sum;
}

/**
 * The converged weights for examples given as feature indices (each below `dimensions`) and class numbers.
 *
 * @example
 * const { weights } = fitSoftmax([Int32Array.of(0, 3), Int32Array.of(1)], [0, 1], { classes: 2, dimensions: 4, l2: 1e-4 });
 */
export function fitSoftmax(
  features: readonly Int32Array[],
  labels: readonly number[],
  options: { classes: number; dimensions: number; l2: number },
): SoftmaxFit {
  const { classes: k, dimensions, l2 } = options;
  const { rows, indices } = compactFeatures(features);
  const d = indices.length;
  const n = rows.length;
  const x = new Float64Array(d * k + k);
  const biasAt = d * k;
  const p = new Float64Array(k);
  const result = minimise(
    x,
    (x, gradient) => {
      gradient.fill(0);
      const bias = x.subarray(biasAt);
      let loss = 0;
      for (let m = 0; m < n; m++) {
        const row = rows[m]!;
        const y = labels[m]!;
        softmaxScores(x, bias, row, p);
        loss -= Math.log(Math.max(p[y]!, Number.MIN_VALUE));
        p[y] = p[y]! - 1;
        for (let c = 0; c < k; c++) p[c] = p[c]! / n;
        for (let i = 0; i < row.length; i++) {
          const base = row[i]! * k;
          for (let c = 0; c < k; c++) gradient[base + c] = gradient[base + c]! + p[c]!;
        }
        for (let c = 0; c < k; c++) gradient[biasAt + c] = gradient[biasAt + c]! + p[c]!;
      }
      let penalty = 0;
      for (let j = 0; j < biasAt; j++) {
        penalty += x[j]! * x[j]!;
        gradient[j] = gradient[j]! + l2 * x[j]!;
      }
      return loss / n + (l2 / 2) * penalty;
    },
    { maxIterations: SOFTMAX_MAX_ITERATIONS, gradientTolerance: SOFTMAX_GRADIENT_TOLERANCE },
  );
  const w = new Float32Array(dimensions * k);
  indices.forEach((index, at) => {
    for (let c = 0; c < k; c++) w[index * k + c] = x[at * k + c]!;
  });
  return {
    weights: { w, b: Float64Array.from(x.subarray(biasAt)) },
    iterations: result.iterations,
    converged: result.converged,
  };
}
