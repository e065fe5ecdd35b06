/**
 * L-BFGS: minimises a smooth function of many variables from its value and gradient, keeping the last few steps to
 * approximate the curvature (Nocedal & Wright, Numerical Optimization, 2nd ed., algorithm 7.4 with a backtracking
 * Armijo line search). The urgency model trains to convergence with it: its loss is strictly convex (L2), so the
 * weights are the one minimum of the loss, whatever order the examples come in. Plain SGD for two epochs stopped far
 * from it, and every new example file moved borderline messages across the threshold both ways
 * (knowledge/urgency-model.yaml). Hand-written because the registry's optimisers (fmin, ml-*) are dense-matrix or
 * unmaintained, and the algorithm is one short function.
 */

/** This file: part of the weights-cache name of every model trained with it (src/screening/weights-cache.ts). */
export const LBFGS_SOURCE_FILE = __filename;

export interface LbfgsOptions {
  /** Steps remembered for the curvature estimate. */
  readonly memory?: number;
  /** Stop after this many iterations, converged or not (the result says which). */
  readonly maxIterations: number;
  /** Converged when the gradient's largest component is at most this. */
  readonly gradientTolerance: number;
}

export interface LbfgsResult {
  readonly iterations: number;
  readonly converged: boolean;
  readonly value: number;
  /** The gradient's largest component at the end. */
  readonly gradientMax: number;
}

/** Writes f's gradient at `x` into `gradient` and returns f(x). */
export type ValueAndGradient = (x: Float64Array, gradient: Float64Array) => number;

const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

const maxAbs = (a: Float64Array) => {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]!));
  return max;
};

/**
 * Minimises `f` starting from `x`, which is updated in place.
 *
 * @example
 * const x = new Float64Array(2);
 * minimise(x, (x, g) => { g[0] = 2 * (x[0] - 1); g[1] = 2 * (x[1] + 3); return (x[0] - 1) ** 2 + (x[1] + 3) ** 2; },
 *   { maxIterations: 50, gradientTolerance: 1e-9 }); // x ≈ [1, -3]
 */
export function minimise(x: Float64Array, f: ValueAndGradient, options: LbfgsOptions): LbfgsResult {
  const n = x.length;
  const memory = options.memory ?? 10;
  const steps: Float64Array[] = [];
  const gradientChanges: Float64Array[] = [];
  const rhos: number[] = [];
  const alphas = new Float64Array(memory);
  let gradient = new Float64Array(n);
  let value = f(x, gradient);
  const direction = new Float64Array(n);
  const trial = new Float64Array(n);
  let trialGradient = new Float64Array(n);
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    if (maxAbs(gradient) <= options.gradientTolerance) {
      return { iterations: iteration, converged: true, value, gradientMax: maxAbs(gradient) };
    }
    // Two-loop recursion: direction = -H·gradient.
    for (let i = 0; i < n; i++) direction[i] = -gradient[i]!;
    for (let k = steps.length - 1; k >= 0; k--) {
      alphas[k] = rhos[k]! * dot(steps[k]!, direction);
      const y = gradientChanges[k]!;
      for (let i = 0; i < n; i++) direction[i] = direction[i]! - alphas[k]! * y[i]!;
    }
    if (steps.length > 0) {
      const last = steps.length - 1;
      const scale =
        dot(steps[last]!, gradientChanges[last]!) / dot(gradientChanges[last]!, gradientChanges[last]!);
      for (let i = 0; i < n; i++) direction[i] = direction[i]! * scale;
    }
    for (let k = 0; k < steps.length; k++) {
      const beta = rhos[k]! * dot(gradientChanges[k]!, direction);
      const s = steps[k]!;
      for (let i = 0; i < n; i++) direction[i] = direction[i]! + (alphas[k]! - beta) * s[i]!;
    }
    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (curvature estimate gone stale): restart from steepest descent.
      steps.length = gradientChanges.length = rhos.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -gradient[i]!;
      slope = dot(gradient, direction);
    }
    // Backtracking line search (Armijo); the first step of a fresh start is kept small.
    let step = steps.length === 0 ? Math.min(1, 1 / Math.max(1e-12, maxAbs(gradient))) : 1;
    let trialValue = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) trial[i] = x[i]! + step * direction[i]!;
      trialValue = f(trial, trialGradient);
      if (trialValue <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(trialValue < value))
      return { iterations: iteration, converged: false, value, gradientMax: maxAbs(gradient) };
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = trial[i]! - x[i]!;
      y[i] = trialGradient[i]! - gradient[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      if (steps.length === memory) {
        steps.shift();
        gradientChanges.shift();
        rhos.shift();
      }
      steps.push(s);
      gradientChanges.push(y);
      rhos.push(1 / sy);
    }
    x.set(trial);
    [gradient, trialGradient] = [trialGradient, gradient];
    value = trialValue;
  }
  const gradientMax = maxAbs(gradient);
  return {
    iterations: options.maxIterations,
    converged: gradientMax <= options.gradientTolerance,
    value,
    gradientMax,
  };
}
