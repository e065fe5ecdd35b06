import { minimise } from '../../src/training/lbfgs';

// The solver the start-up models train with (src/training/lbfgs.ts): it must reach the minimum, say when it did not,
// and reach the same one from a different start.
describe('minimise (L-BFGS)', () => {
  it('finds the minimum of a bowl', () => {
    const x = new Float64Array(3);
    const centre = [1, -3, 0.5];
    const result = minimise(
      x,
      (x, gradient) => {
        let value = 0;
        for (let i = 0; i < 3; i++) {
          const scale = i + 1;
          value += scale * (x[i]! - centre[i]!) ** 2;
          gradient[i] = 2 * scale * (x[i]! - centre[i]!);
        }
        return value;
      },
      { maxIterations: 100, gradientTolerance: 1e-10 },
    );
    expect(result.converged).toBe(true);
    for (const [i, c] of centre.entries()) expect(x[i]).toBeCloseTo(c, 8);
  });

  it('finds the minimum of the Rosenbrock valley from two starts', () => {
    const rosenbrock = (x: Float64Array, gradient: Float64Array) => {
      const [a, b] = [x[0]!, x[1]!];
      gradient[0] = -2 * (1 - a) - 400 * a * (b - a * a);
      gradient[1] = 200 * (b - a * a);
      return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
    };
    for (const start of [
      [-1.2, 1],
      [2, -1],
    ]) {
      const x = Float64Array.from(start);
      expect(minimise(x, rosenbrock, { maxIterations: 500, gradientTolerance: 1e-8 }).converged).toBe(true);
      expect(x[0]).toBeCloseTo(1, 5);
      expect(x[1]).toBeCloseTo(1, 5);
    }
  });

  it('says it has not converged when it runs out of iterations', () => {
    const x = Float64Array.from([-1.2, 1]);
    const result = minimise(
      x,
      (x, gradient) => {
        gradient[0] = -2 * (1 - x[0]!) - 400 * x[0]! * (x[1]! - x[0]! ** 2);
        gradient[1] = 200 * (x[1]! - x[0]! ** 2);
        return (1 - x[0]!) ** 2 + 100 * (x[1]! - x[0]! ** 2) ** 2;
      },
      { maxIterations: 3, gradientTolerance: 1e-8 },
    );
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3);
  });
});
