import { toWords } from './text-tokens';

/** A phrase from the content files as a list of normalized words. */
export type Phrase = readonly string[];

/** A match of a phrase in a token list: tokens [start, end). */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
}

/** Normalizes each phrase once; empty ones (only punctuation) are dropped. */
export function compilePhrases(texts: readonly string[]): Phrase[] {
  return texts.map(toWords).filter((words) => words.length > 0);
}

/** Every place any of `phrases` occurs in `tokens`, sorted by start. Phrases never span a break. */
export function findPhrases(tokens: readonly string[], phrases: readonly Phrase[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (const phrase of phrases) {
      if (phrase.every((word, k) => tokens[start + k] === word))
        matches.push({ start, end: start + phrase.length });
    }
  }
  return matches;
}

/** Whether any of `phrases` occurs in `tokens`. */
export function containsPhrase(tokens: readonly string[], phrases: readonly Phrase[]): boolean {
  return findPhrases(tokens, phrases).length > 0;
}
