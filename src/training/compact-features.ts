/**
 * Hashed feature indices renumbered densely, in order of first use: a converged fit (lbfgs.ts) keeps one weight per
 * feature the examples use, not one per hashed slot (most of the 2^16-2^18 slots are never touched). `indices[j]` is
 * the hashed index of dense feature j, for scattering the fitted weights back.
 *
 * @example
 * compactFeatures([Int32Array.of(7, 9), Int32Array.of(9)]); // { rows: [[0, 1], [1]], indices: [7, 9] }
 */
export function compactFeatures(features: readonly Int32Array[]): { rows: Int32Array[]; indices: number[] } {
  const dense = new Map<number, number>();
  const indices: number[] = [];
  const rows = features.map((f) =>
    Int32Array.from(f, (index) => {
      const known = dense.get(index);
      if (known !== undefined) return known;
      dense.set(index, indices.length);
      indices.push(index);
      return indices.length - 1;
    }),
  );
  return { rows, indices };
}

/** This file: part of the weights-cache name of every model trained with it (src/screening/weights-cache.ts). */
export const COMPACT_FEATURES_SOURCE_FILE = __filename;
