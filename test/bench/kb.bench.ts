/**
 * `npm run bench:kb`: index build time and selectAnswer latency (p50/p99) over the eval messages, for
 * the real knowledge base and a synthetic one 20× larger (articles cloned with perturbed ids and text).
 * Prints figures; it is not a test. Target: p99 < 1 ms at 20×.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  type Article,
  buildSearchIndex,
  loadKnowledgeBase,
  loadSpa,
  type SearchIndex,
  selectAnswer,
} from '../../src/kb';

const ROOT = path.join(__dirname, '..', '..');
const SCALE = 20;
const BUILDS = 5;
const ROUNDS = 5;
const WARM_UP_ROUNDS = 3;

/** Deterministic PRNG (mulberry32), so every run clones the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Drops one word, swaps two and adds a made-up word, so clones are similar but not identical. */
function perturb(text: string, next: () => number, k: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 3) words.splice(Math.floor(next() * words.length), 1);
  if (words.length > 2) {
    const i = Math.floor(next() * words.length);
    const j = Math.floor(next() * words.length);
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  words.push(`variant${k}x${Math.floor(next() * 1000)}`);
  return words.join(' ');
}

function synthetic(articles: readonly Article[], scale: number): Article[] {
  const next = random(42);
  const out: Article[] = [...articles];
  for (let k = 1; k < scale; k++) {
    for (const a of articles) {
      out.push({
        ...a,
        id: `${a.id}-v${k}`,
        title: perturb(a.title, next, k),
        questions: a.questions.map((q) => perturb(q, next, k)),
        body: perturb(a.body, next, k),
        ...(a.more ? { more: perturb(a.more, next, k) } : {}),
        followUps: a.followUps.map((id) => `${id}-v${k}`),
      });
    }
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function bench(
  label: string,
  articles: Article[],
  synonyms: Parameters<typeof buildSearchIndex>[1],
  queries: string[],
): void {
  const builds: number[] = [];
  let index: SearchIndex | undefined;
  for (let i = 0; i < BUILDS; i++) {
    const start = process.hrtime.bigint();
    index = buildSearchIndex(articles, synonyms);
    builds.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  for (let r = 0; r < WARM_UP_ROUNDS; r++) for (const q of queries) selectAnswer(index!, q);
  const times: number[] = [];
  const best = queries.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < ROUNDS; r++) {
    queries.forEach((q, i) => {
      const start = process.hrtime.bigint();
      selectAnswer(index!, q);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      times.push(ms);
      best[i] = Math.min(best[i]!, ms);
    });
  }
  times.sort((a, b) => a - b);
  best.sort((a, b) => a - b);
  builds.sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  console.log(
    `${label.padEnd(14)} ${String(articles.length).padStart(5)} articles  build ${percentile(builds, 0.5).toFixed(1).padStart(7)} ms` +
      `  selectAnswer p50 ${ms(percentile(times, 0.5))}  p99 ${ms(percentile(times, 0.99))}  max ${ms(times.at(-1)!)}` +
      `  | best-of-${ROUNDS} per message (no GC noise): p50 ${ms(percentile(best, 0.5))}  p99 ${ms(percentile(best, 0.99))}`,
  );
}

function main(): void {
  const knowledgeDir = path.join(ROOT, 'knowledge');
  const kb = loadKnowledgeBase(knowledgeDir, loadSpa(knowledgeDir));
  const set = YAML.parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'kb-eval.yaml'), 'utf8')) as {
    inScope: { text: string }[];
    outOfScope: string[];
    personalAdvice?: string[];
  };
  const queries = [...set.inScope.map((i) => i.text), ...set.outOfScope, ...(set.personalAdvice ?? [])];
  console.log(
    `Node ${process.version}; ${queries.length} eval messages × ${ROUNDS} rounds; build = median of ${BUILDS}`,
  );
  bench('real', kb.articles, kb.synonyms, queries);
  bench(`synthetic ${SCALE}×`, synthetic(kb.articles, SCALE), kb.synonyms, queries);
}

main();
