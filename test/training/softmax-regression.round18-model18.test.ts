import { trainRouteModel } from '../../src/language/route-model';
import { fitSoftmax, softmaxScores } from '../../src/training/softmax-regression';

// The multiclass fit the route model trains with (src/training/softmax-regression.ts, round 18): it must reach the
// minimum of its regularised loss, whatever order the examples come in, so that which files the model saw no longer
// moves a message by chance. Every message here was written for this test.

describe('fitSoftmax (multiclass, L-BFGS)', () => {
  // Three classes on five features; feature 4 is shared by every example (it carries nothing).
  const features = [
    Int32Array.of(0, 4),
    Int32Array.of(0, 1, 4),
    Int32Array.of(1, 4),
    Int32Array.of(2, 4),
    Int32Array.of(3, 4),
    Int32Array.of(2, 3, 4),
  ];
  const labels = [0, 0, 1, 2, 2, 2];

  it('converges, and its gradient is zero there: the penalty balances the log-loss', () => {
    const l2 = 0.01;
    const fit = fitSoftmax(features, labels, { classes: 3, dimensions: 8, l2 });
    expect(fit.converged).toBe(true);
    // The gradient of the loss with respect to one weight, by finite differences, at the weights found.
    const loss = (w: Float32Array) => {
      const p = new Float64Array(3);
      let sum = 0;
      for (const [m, f] of features.entries()) {
        softmaxScores(w, fit.weights.b, f, p);
        sum -= Math.log(p[labels[m]!]!);
      }
      let penalty = 0;
      for (const v of w) penalty += v * v;
      return sum / features.length + (l2 / 2) * penalty;
    };
    for (const at of [0 * 3 + 0, 1 * 3 + 1, 3 * 3 + 2]) {
      const up = Float32Array.from(fit.weights.w);
      const down = Float32Array.from(fit.weights.w);
      up[at] = up[at]! + 1e-3;
      down[at] = down[at]! - 1e-3;
      expect(Math.abs((loss(up) - loss(down)) / 2e-3)).toBeLessThan(1e-4);
    }
  });

  it('finds the same weights whatever order the examples come in', () => {
    const forwards = fitSoftmax(features, labels, { classes: 3, dimensions: 8, l2: 1e-3 }).weights;
    const order = [5, 2, 0, 4, 1, 3];
    const shuffled = fitSoftmax(
      order.map((i) => features[i]!),
      order.map((i) => labels[i]!),
      { classes: 3, dimensions: 8, l2: 1e-3 },
    ).weights;
    for (let i = 0; i < forwards.w.length; i++) expect(shuffled.w[i]).toBeCloseTo(forwards.w[i]!, 4);
  });

  it('leaves features no example uses at zero', () => {
    const { w } = fitSoftmax(features, labels, { classes: 3, dimensions: 8, l2: 1e-3 }).weights;
    expect([...w.subarray(5 * 3)]).toEqual(new Array(9).fill(0));
  });
});

describe('the route model trained to convergence', () => {
  const examples = [
    { text: 'could somebody from the spa phone me later', kind: 'handoff' as const },
    { text: 'put me through to a real member of the team', kind: 'handoff' as const },
    { text: 'how many sessions does it usually take', kind: 'question' as const },
    { text: 'is the treatment safe after liposuction', kind: 'question' as const },
    { text: 'recommend me a good pizza place nearby', kind: 'out_of_scope' as const },
    { text: 'what is the capital of portugal', kind: 'out_of_scope' as const },
    { text: 'my legs swell every evening, which package suits me', kind: 'personal' as const },
  ];
  const probes = [
    'can someone from the team phone me back',
    'how many sessions will it take',
    'any good pizza near you',
  ];

  it('reads a message the same whichever order its examples were given in', () => {
    const forwards = trainRouteModel(examples, { l2: 1e-3 });
    const backwards = trainRouteModel([...examples].reverse(), { l2: 1e-3 });
    for (const probe of probes) {
      const a = forwards.probabilities(probe);
      const b = backwards.probabilities(probe);
      for (const kind of ['question', 'out_of_scope', 'handoff', 'personal'] as const)
        expect(b[kind]).toBeCloseTo(a[kind], 4);
    }
    expect(forwards.predict(probes[0]!).kind).toBe('handoff');
    expect(forwards.predict(probes[1]!).kind).toBe('question');
    expect(forwards.predict(probes[2]!).kind).toBe('out_of_scope');
  });

  it('reads more softly with a stronger penalty (the setting route-model.yaml calibrates)', () => {
    const sharp = trainRouteModel(examples, { l2: 1e-4 });
    const soft = trainRouteModel(examples, { l2: 1e-1 });
    expect(soft.predict(probes[0]!).probability).toBeLessThan(sharp.predict(probes[0]!).probability);
  });
});
