import { readingWords } from '../content/reading-words';

/**
 * Chat shorthand the classifier's stemmer does not know, mapped to the words the examples use: knowledge/reading.yaml
 * `recognizerShorthand` (a Map: a plain object would hand "constructor" back instead of the word).
 */
const SHORTHAND = readingWords().recognizerShorthand;

/**
 * Lower case, letters typed one at a time joined back into words, folded quotes and stretched letters, chat
 * shorthand spelled out: what every recognizer step reads.
 */
export function normalizeUtterance(text: string): string {
  return joinSpacedLetters(text)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/(.)\1{2,}/g, '$1$1') // "helloooo" → "helloo", "pleeease" → "pleease"
    .split(/\s+/)
    .map((word) => {
      const bare = word.replace(/[^\w']/g, '');
      return SHORTHAND.get(bare) ?? word;
    })
    .join(' ')
    // Round 55 (und55, dev 54K read): "4" for "for" before a person or one's own ("is it ok 4 me", "anything 4 my legs"); a
    // number is read as itself elsewhere ("4 sessions").
    .replace(/(^|\s)4 (?=(me|you|him|her|us|them|my|your)\b)/g, '$1for ')
    .trim();
}

/** Letters typed one at a time, four or more in a row ("p e r s o n", "h u m a n"): the word they spell. */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:\p{L} ){3,}\p{L}(?![\p{L}\p{N}])/gu;
/** A run of single letters one space apart ("T A L K", "T O"), between wider gaps. */
const LETTER_RUN = /^(?:\p{L} )+\p{L}$/u;

/**
 * Letters typed one at a time joined back into the words they spell: "T A L K  T O  A  H U M A N" (letters
 * one space apart, words two or more apart) → "TALK TO A HUMAN", and any four or more single letters in a
 * row ("p e r s o n") → "person". Case and everything else are kept. Shared with the safety layer's
 * language check (src/screening/other-language.ts), which read such messages as another language
 * (round 5, issue 12).
 */
export function joinSpacedLetters(text: string): string {
  if (!/(?<![\p{L}\p{N}])\p{L} \p{L}(?![\p{L}\p{N}])/u.test(text)) return text;
  const chunks = text.split(/(\s{2,})/);
  const isLetterRun = (chunk: string) => LETTER_RUN.test(chunk.trim());
  // Words two or more spaces apart only when at least one is spelt out in letters (three or more).
  const widelySpaced = chunks.some((chunk) => isLetterRun(chunk) && chunk.trim().length >= 5);
  const words = widelySpaced
    ? chunks
        .map((chunk) => (/^\s{2,}$/.test(chunk) ? ' ' : isLetterRun(chunk) ? chunk.replace(/ /g, '') : chunk))
        .join('')
    : text;
  return words.replace(SPACED_LETTERS, (letters) => letters.replace(/ /g, ''));
}

/**
 * Emphasis undone: "REAL. PERSON. NOW." and "Let. Me. Talk. To. Someone." read as one sentence, and
 * spaced-out letters as the word they spell. Used for requests for a person, where shouting is common and
 * a word split by full stops or spaces must still count.
 */
export function withoutEmphasis(text: string): string {
  // Letters are joined before shorthand is spelled out, or the "u" of "h u m a n" would become "you".
  const joined = joinSpacedLetters(text.toLowerCase().replace(/[.!?,;:*_~]+/g, ' ')).replace(/\s+/g, ' ');
  return normalizeUtterance(joined);
}

/**
 * True when `typed` is `word` with one slip: a letter wrong, missing, extra, or two neighbours swapped
 * ("humna", "persn", "sombody"). Equal words are not a typo.
 */
export function isOneTypoAway(typed: string, word: string): boolean {
  if (typed === word || Math.abs(typed.length - word.length) > 1) return false;
  let start = 0;
  while (start < typed.length && typed[start] === word[start]) start++;
  const rest = (text: string, skip: number) => text.slice(start + skip);
  return (
    rest(typed, 1) === rest(word, 1) || // a letter wrong
    rest(typed, 0) === rest(word, 1) || // a letter missing
    rest(typed, 1) === rest(word, 0) || // a letter extra
    (typed[start] === word[start + 1] && typed[start + 1] === word[start] && rest(typed, 2) === rest(word, 2)) // swapped
  );
}
