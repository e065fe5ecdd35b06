import type { NumberReadings } from './number-readings';
import { SOFT_BREAK, SUFFIX_DOUBLE, stemWord, toSentences, toWords } from './text-tokens';

/** Every number reads as this word, so "im 34 weeks" matches a lexicon phrase written "im 30 weeks". */
const NUMBER = 'num';
/**
 * 1 and 2 read apart from other numbers: "a 2 month old" with a fever is a baby under 3 months
 * (NHS: urgent), "a 5 month old" is not. Lexicon phrases write them as digits ("2 month old").
 */
const LOW_NUMBER = 'lownum';
/**
 * In a message, a whole number from 10 up (not a year) reads as this word, which a lexicon `num` also matches
 * (see `sameWord`); a lexicon phrase written with the literal word `manynum` matches only such a number
 * ("manynum tablets": ten or more, not "4 tablets"). Round 7.
 */
export const MANY_NUMBER = 'manynum';
/**
 * A whole number from 10 to 19 (weeks of an early pregnancy: pre-eclampsia comes after 20) reads as this word; lexicon
 * `num` and `manynum` still match it, so every phrase that matched before does. Round 21.
 */
export const TEEN_NUMBER = 'tenum';
/** A lexicon word that matches only a message number from 3 to 9 (a message's `num`). Round 21. */
export const FEW_NUMBER = 'fewnum';
export const ANY_NUMBER = NUMBER;

/** Whether a message word matches a lexicon word: the same word, or a number of the lexicon word's range. */
export function sameWord(messageWord: string | undefined, lexiconWord: string): boolean {
  if (messageWord === lexiconWord) return true;
  if (lexiconWord === NUMBER) return messageWord === MANY_NUMBER || messageWord === TEEN_NUMBER;
  if (lexiconWord === MANY_NUMBER) return messageWord === TEEN_NUMBER;
  return lexiconWord === FEW_NUMBER && messageWord === NUMBER;
}

/** The lexicon words a message number can match (to find phrases by their first word). */
export function numberWords(messageWord: string): readonly string[] {
  if (messageWord === TEEN_NUMBER) return [TEEN_NUMBER, MANY_NUMBER, NUMBER];
  if (messageWord === MANY_NUMBER) return [MANY_NUMBER, NUMBER];
  if (messageWord === NUMBER) return [NUMBER, FEW_NUMBER];
  return [messageWord];
}
/** A year (1900–2099) reads as this word, so "in 2019" is one history cue. */
const YEAR = 'yearnum';
/**
 * Typo matching only for message words this long, and only to lexicon stems this long: shorter words
 * are too often another real word ("there" is not "threw"). Both sides must also start with the same
 * two letters, where typos are rare.
 */
const MIN_TYPO_LENGTH = 6;

/**
 * Turns text into the comparable words the red-flag lexicon is written in: the shared chat cleaning
 * (text-tokens.ts), then numbers folded, words stemmed (Porter2), and, once a vocabulary is known,
 * a message word one typo away from exactly one lexicon word read as that word. Both the lexicon and
 * every message go through the same steps, so a lexicon author writes plain words.
 */
export class RedFlagWords {
  private readonly stems = new Map<string, string>();
  private readonly keepPlural: ReadonlySet<string>;
  private vocabulary: ReadonlySet<string> = new Set();
  /** A vocabulary word, and each of its one-letter deletions, → the word (null when two words share it). */
  private readonly deletions = new Map<string, string | null>();
  private readonly typoCache = new Map<string, string>();
  /** Real English words a typo fix would otherwise turn into a lexicon word ("aboard" is not "abroad"; round 26). */
  private readonly realWords: ReadonlySet<string>;

  /**
   * `readings` (red-flags.yaml `readings`) read a blood pressure or a low blood oxygen reading in a message as one word;
   * without them numbers are only folded (enough for reading the lexicon's own phrases).
   */
  constructor(
    keepPlural: readonly string[],
    realWords: readonly string[] = [],
    private readonly readings?: NumberReadings,
  ) {
    // Through the same cleaning as a message, so a word with a doubled letter ("bloods" → "blods") is kept too.
    this.keepPlural = new Set(keepPlural.flatMap((w) => toWords(w)));
    this.realWords = new Set(realWords.flatMap((w) => toWords(w)));
  }

  /** Sets the words typos are corrected to (all lexicon words, already normalized). */
  learn(vocabulary: Iterable<string>): void {
    const words = new Set(vocabulary);
    this.vocabulary = words;
    for (const word of words) {
      if (word.length < MIN_TYPO_LENGTH) continue;
      for (const key of [word, ...oneDeletions(word)]) {
        const known = this.deletions.get(key);
        if (known === undefined) this.deletions.set(key, word);
        else if (known !== word) this.deletions.set(key, null);
      }
    }
  }

  /** A phrase from the content files as normalized words (no typo correction). */
  phrase(text: string): string[] {
    // Numbers in words read as digits on both sides, so a phrase written "for a day or two" still matches (round 45).
    return toSentences(this.readings ? this.readings.spelled(text) : text, 'safety')
      .flat()
      .filter((t) => t !== SOFT_BREAK)
      .map((t) => this.word(t));
  }

  /** A message as sentences of normalized words; `SOFT_BREAK` marks a comma-like pause. */
  sentences(text: string): string[][] {
    const read = this.readings
      ? this.readings.oxygen(this.readings.bloodPressure(this.readings.spelled(text)))
      : text;
    return toSentences(queryMarks(read), 'safety').map((tokens) =>
      tokens.map((t) => (t === SOFT_BREAK ? t : this.corrected(this.messageWord(t), t.length, t))),
    );
  }

  private messageWord(token: string): string {
    if (/^\d+$/.test(token) && !/^(19|20)\d\d$/.test(token) && Number(token) >= 10) {
      return Number(token) < 20 ? TEEN_NUMBER : MANY_NUMBER;
    }
    return this.word(token);
  }

  private word(token: string): string {
    if (token === '1' || token === '2') return LOW_NUMBER;
    if (/^\d+$/.test(token)) return /^(19|20)\d\d$/.test(token) ? YEAR : NUMBER;
    if (/^\d/.test(token)) return NUMBER;
    if (this.keepPlural.has(token)) return token;
    // "sitting", "planned": the stem keeps the double ("sitt", "plann"), apart from both "site" and "sit" (round 19).
    const suffix = SUFFIX_DOUBLE.exec(token);
    if (suffix) return `${suffix[1]}${suffix[2]}${suffix[2]}`;
    let stem = this.stems.get(token);
    if (stem === undefined) {
      stem = stemWord(token);
      this.stems.set(token, stem);
    }
    return stem;
  }

  private corrected(word: string, rawLength: number, raw: string): string {
    if (this.vocabulary.has(word) || this.realWords.has(raw)) return word;
    // Dropped g ("clutchin", "breathin", "sweatin"): read as the -ing word when the lexicon knows it.
    if (raw.length >= 5 && raw.endsWith('in')) {
      const withG = this.word(`${raw}g`);
      if (this.vocabulary.has(withG)) return withG;
    }
    // A suffix's consonant typed once ("geting", "stoped"): read as the doubled word when the lexicon knows it, since
    // "getting" keeps its double and stems to "get" (text-tokens.ts; round 19).
    const single = /^(.*[^aeiou][aeiou])([bdgkmnprtv])(ing|ed)$/u.exec(raw);
    if (single) {
      const doubled = this.word(`${single[1]}${single[2]}${single[2]}${single[3]}`);
      if (this.vocabulary.has(doubled)) return doubled;
    }
    if (rawLength < MIN_TYPO_LENGTH || word.length < MIN_TYPO_LENGTH - 1) return word;
    const cached = this.typoCache.get(word);
    if (cached !== undefined) return cached;
    const found = this.nearest(word) ?? word;
    // Bounded: a long-running process sees endless new words; start over rather than grow forever.
    if (this.typoCache.size > 50_000) this.typoCache.clear();
    this.typoCache.set(word, found);
    return found;
  }

  /** The one lexicon word a single insertion, deletion or substitution away, starting with the same letter. */
  private nearest(word: string): string | undefined {
    const candidates = new Set<string>();
    const direct = this.deletions.get(word);
    if (direct) candidates.add(direct);
    for (const shorter of oneDeletions(word)) {
      if (this.vocabulary.has(shorter)) candidates.add(shorter);
      const viaDeletion = this.deletions.get(shorter);
      if (viaDeletion) candidates.add(viaDeletion);
    }
    const sameStart = [...candidates].filter(
      (c) => c.length >= MIN_TYPO_LENGTH && c.slice(0, 2) === word.slice(0, 2),
    );
    return sameStart.length === 1 ? sameStart[0] : undefined;
  }
}

/**
 * A question mark typed right before a word, at the start or after a space or a bracket ("?DVT L calf", "pt (?PE)"), is a
 * clinician's "query": a suspected condition, not a question. It is read as the word "query" (round 43), which
 * `clot_query` names; a question mark after a word ("DVT?") is still a question.
 */
function queryMarks(text: string): string {
  return text.replace(/(^|[\s([,;:])\?(?=\p{L})/gu, '$1query ');
}

function oneDeletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
