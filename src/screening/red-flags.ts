import { compilePhrases, findPhrases, type Phrase, type PhraseMatch } from './phrase-matcher';
import type { RedFlagContent } from './red-flags-content';
import { SOFT_BREAK, toSentences, toWords } from './text-tokens';

/** A detected emergency: which flag fired and the advice to give (the spa's emergency number filled in). */
export interface RedFlagMatch {
  readonly flagId: string;
  readonly advice: string;
}

interface Compiled {
  readonly flags: readonly {
    readonly id: string;
    readonly advice: string;
    readonly patterns: readonly { readonly concepts: readonly string[]; readonly within: number }[];
  }[];
  readonly concepts: ReadonlyMap<string, readonly Phrase[]>;
  readonly cues: readonly Phrase[];
  readonly pseudo: readonly Phrase[];
  readonly window: number;
  readonly scopeEnds: readonly Phrase[];
  readonly scopeStarters: ReadonlySet<string>;
  readonly joiners: ReadonlySet<string>;
  readonly historyCues: readonly Phrase[];
  readonly presentCues: readonly Phrase[];
  readonly ignore: readonly Phrase[];
  readonly continuation: ReadonlySet<string>;
}

/** A stretch of text read as one unit: one sentence, or two when the second refers back to the first. */
interface TextWindow {
  readonly tokens: readonly string[];
  /** Tokens with everyday look-alike phrases ("chest day") blanked out, for concept matching. */
  readonly symptomTokens: readonly string[];
  readonly negated: readonly boolean[];
  /** Non-negated matches per concept, filled as patterns ask for them. */
  readonly conceptMatches: Map<string, PhraseMatch[]>;
}

const compiledContent = new WeakMap<RedFlagContent, Compiled>();
const BLANK = '';

/**
 * Looks for an urgent symptom in one message. Returns the first flag (in red-flags.yaml order) whose
 * pattern matches, or null. Pure and fast enough to run on every message before any dialog.
 *
 * @example detectRedFlag('no idea why my calf is hot and swollen', content) // → { flagId: 'blood_clot_limb', … }
 */
export function detectRedFlag(text: string, content: RedFlagContent): RedFlagMatch | null {
  const c = compile(content);
  const windows = textWindows(toSentences(text), c);
  for (const flag of c.flags) {
    const fired = flag.patterns.some((pattern) => windows.some((w) => patternMatches(w, pattern, c)));
    if (fired) return { flagId: flag.id, advice: flag.advice };
  }
  return null;
}

function compile(content: RedFlagContent): Compiled {
  const cached = compiledContent.get(content);
  if (cached) return cached;
  const words = (list: readonly string[]) => new Set(list.flatMap(toWords));
  const compiled: Compiled = {
    flags: content.flags.map((flag) => ({
      id: flag.id,
      advice: flag.advice,
      patterns: flag.patterns.map((p) => ({ concepts: p.all, within: p.within })),
    })),
    concepts: new Map(Object.entries(content.concepts).map(([id, terms]) => [id, compilePhrases(terms)])),
    cues: compilePhrases(content.negation.cues),
    pseudo: compilePhrases(content.negation.pseudo),
    window: content.negation.window,
    scopeEnds: compilePhrases(content.negation.scopeEnds),
    scopeStarters: words(content.negation.scopeStarters),
    joiners: words(content.negation.joiners),
    historyCues: compilePhrases(content.history.cues),
    presentCues: compilePhrases(content.history.presentCues),
    ignore: compilePhrases(content.ignore),
    continuation: words(content.continuation),
  };
  compiledContent.set(content, compiled);
  return compiled;
}

function textWindows(sentences: readonly string[][], c: Compiled): TextWindow[] {
  const single: TextWindow[] = sentences.map((tokens) => ({
    tokens,
    symptomTokens: blankOut(tokens, c.ignore),
    negated: negatedTokens(tokens, c),
    conceptMatches: new Map(),
  }));
  const windows: TextWindow[] = [...single];
  single.forEach((first, i) => {
    const second = single[i + 1];
    if (!second?.tokens.some((t) => c.continuation.has(t))) return;
    windows.push({
      tokens: [...first.tokens, SOFT_BREAK, ...second.tokens],
      symptomTokens: [...first.symptomTokens, SOFT_BREAK, ...second.symptomTokens],
      negated: [...first.negated, false, ...second.negated],
      conceptMatches: new Map(),
    });
  });
  return windows;
}

function blankOut(tokens: readonly string[], phrases: readonly Phrase[]): string[] {
  const out = [...tokens];
  for (const m of findPhrases(tokens, phrases)) out.fill(BLANK, m.start, m.end);
  return out;
}

/**
 * Which tokens a negation cue switches off. A cue reaches forward through its clause, at most
 * `window` words; the clause ends at a scope-ending word ("but"), or at a comma, "and" or "or" that
 * starts a new clause ("no fever, my leg is red": the leg is not negated; "no swelling, pain or
 * redness": all three are).
 */
function negatedTokens(tokens: readonly string[], c: Compiled): boolean[] {
  const negated = tokens.map(() => false);
  const pseudo = findPhrases(tokens, c.pseudo);
  const ends = new Set(findPhrases(tokens, c.scopeEnds).map((m) => m.start));
  for (const cue of findPhrases(tokens, c.cues)) {
    if (pseudo.some((p) => p.start <= cue.start && p.end >= cue.end)) continue;
    let words = 0;
    for (let i = cue.end; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (ends.has(i)) break;
      if (token === SOFT_BREAK || c.joiners.has(token)) {
        if (c.scopeStarters.has(tokens[i + 1] ?? '')) break;
        if (token === SOFT_BREAK) continue;
      }
      words += 1;
      if (words > c.window) break;
      negated[i] = true;
    }
  }
  return negated;
}

function patternMatches(
  w: TextWindow,
  pattern: { readonly concepts: readonly string[]; readonly within: number },
  c: Compiled,
): boolean {
  const perConcept = pattern.concepts.map((id) => conceptMatches(w, id, c));
  if (perConcept.some((matches) => matches.length === 0)) return false;
  const span = tightestSpan(perConcept);
  if (!span || span.end - span.start > pattern.within) return false;
  return !isHistory(w.tokens, span, c);
}

function conceptMatches(w: TextWindow, concept: string, c: Compiled): PhraseMatch[] {
  let matches = w.conceptMatches.get(concept);
  if (!matches) {
    matches = findPhrases(w.symptomTokens, c.concepts.get(concept) ?? []).filter((m) => !w.negated[m.start]);
    w.conceptMatches.set(concept, matches);
  }
  return matches;
}

/** The shortest stretch holding one match of every concept (the lists are short, so plain search). */
function tightestSpan(perConcept: readonly PhraseMatch[][]): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  const visit = (k: number, start: number, end: number): void => {
    if (best && end - start >= best.end - best.start) return;
    if (k === perConcept.length) {
      best = { start, end };
      return;
    }
    for (const m of perConcept[k]!) visit(k + 1, Math.min(start, m.start), Math.max(end, m.end));
  };
  visit(0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
  return best;
}

/**
 * Whether the match describes the past ("my leg was hot and swollen last year, it's fine now"): the
 * text has a history cue, and the clauses the match spans have nothing saying it is happening now.
 */
function isHistory(tokens: readonly string[], span: PhraseMatch, c: Compiled): boolean {
  if (findPhrases(tokens, c.historyCues).length === 0) return false;
  const boundaries = new Set(findPhrases(tokens, c.scopeEnds).map((m) => m.start));
  const isBoundary = (i: number) => tokens[i] === SOFT_BREAK || boundaries.has(i);
  let start = span.start;
  while (start > 0 && !isBoundary(start - 1)) start -= 1;
  let end = span.end;
  while (end < tokens.length && !isBoundary(end)) end += 1;
  // The boundary words themselves count too: "… last year and now my leg is swollen".
  return findPhrases(tokens.slice(Math.max(0, start - 1), end + 1), c.presentCues).length === 0;
}
