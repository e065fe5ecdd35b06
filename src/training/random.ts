/**
 * A seeded generator and shuffle for the models still trained by SGD (the article model, src/kb/article-model.ts), so
 * their training is the same on every start. Moved here from src/screening/urgency-model.ts in round 18: only training
 * code uses them, and the urgency and route models no longer do (they train to convergence, src/training/lbfgs.ts).
 */

/** This file: part of the weights-cache name of every model whose training draws from it (weights-cache.ts). */
export const RANDOM_SOURCE_FILE = __filename;

/** mulberry32: a small seeded generator. */
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
