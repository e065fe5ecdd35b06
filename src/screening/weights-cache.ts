import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * Trained weights kept on disk between processes. The three start-up models (urgency, article, route) train in
 * about 3 s from knowledge/; every test file, CLI run and restart trained them again from the same examples.
 * Training is deterministic (a seeded generator), so weights are a pure function of the examples, the recipe and the
 * training code: the file is named by a hash of all three, and any change to one of them is a new name (trained
 * afresh). Losing the folder loses only time; a file that cannot be read or written is retrained or skipped,
 * never an error.
 */
const DEFAULT_DIR = path.join(projectRoot(__dirname), 'node_modules', '.cache', 'lymph-trained-weights');
/** Files kept per model: the newest few content versions (a curator's edits each leave one). */
const KEEP_PER_MODEL = 6;

export interface WeightsCacheOptions {
  /** The folder (tests use a temporary one). */
  readonly dir?: string;
}

/**
 * The weights for `key` (the examples and recipe, as text) trained by `fit`, read from disk when this code trained
 * them before. `codeFiles` are the source files whose change makes old weights wrong (the model's own file and the
 * feature code it uses).
 *
 * @example
 * const weights = rememberedWeights('article', [__filename, featuresFile], key, () => fitWeights(examples, recipe));
 */
export function rememberedWeights<W>(
  model: string,
  codeFiles: readonly string[],
  key: string,
  fit: () => W,
  options: WeightsCacheOptions = {},
): W {
  const dir = options.dir ?? DEFAULT_DIR;
  const hash = createHash('sha256').update(model);
  for (const file of codeFiles) hash.update(readCode(file));
  const file = path.join(dir, `${model}-${hash.update(key).digest('hex').slice(0, 40)}.v8`);
  try {
    return deserialize(readFileSync(file)) as W;
  } catch {
    // Not trained before (or unreadable): train and keep it for the next process.
  }
  const weights = fit();
  try {
    mkdirSync(dir, { recursive: true });
    // Written beside and renamed: a parallel process never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, serialize(weights));
    renameSync(partial, file);
    pruneOldVersions(dir, model);
  } catch {
    // A read-only or full disk costs the next start a few seconds, nothing else.
  }
  return weights;
}

/**
 * The folder of the nearest package.json above `dir` (src/screening, or dist/src/screening once built). The cache goes
 * in its node_modules/.cache, where build tools keep theirs: not the system's temporary folder, which the service
 * keeps empty (uploads never land there; test/hardening checks it).
 */
function projectRoot(dir: string): string {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, 'package.json'))) return current;
    if (path.dirname(current) === current) return dir;
  }
}

function readCode(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Code we cannot read: a name no later run shares, so nothing stale is ever loaded.
    return `${file}:${process.pid}:${Date.now()}:${Math.random()}`;
  }
}

function pruneOldVersions(dir: string, model: string): void {
  const versions = readdirSync(dir)
    .filter((name) => name.startsWith(`${model}-`) && name.endsWith('.v8'))
    .map((name) => ({ name, modified: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.modified - a.modified);
  for (const old of versions.slice(KEEP_PER_MODEL)) unlinkSync(path.join(dir, old.name));
}
