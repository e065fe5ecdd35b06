import { readingWords } from '../content/reading-words';

/**
 * Turns chat text into sentences of comparable tokens, for the red-flag detector and answer parsing.
 * Both sides of every comparison (the person's text and the words in knowledge/) go through here, so
 * "Don't", "dont" and "do n't" all become `dont`, and doubled letters fold ("swolen" = "swollen",
 * "painfull" = "painful", "nooo" = "no"), except the consonant a short vowel doubles before "-ing" or "-ed"
 * ("sitting", "planning", "hopping"): folded, those read as other words once stemmed ("siting" → site,
 * "planing" → plane, so "planning my wedding" read as a flight; round 19, safety19d). red-flag-words.ts stems them to
 * the word with its double ("sitting" → sitt), so they stay apart from the base word too, as before ("fitting" is no "fit").
 */

/** A soft break inside a sentence: a comma, colon, dash or bracket. Kept so negation can stop there. */
export const SOFT_BREAK = ',';

// Chat shorthand, "could not" as "couldnt" and the safety reading's own shorthand: knowledge/reading.yaml.
const {
  chatShorthand: CHAT_SHORTHAND,
  notContractions: NOT_CONTRACTIONS,
  safetyShorthand: SAFETY_SHORTHAND,
} = readingWords();

const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/g;
const SENTENCE_END = /[.!?;\n\r\u2026]+/;
const SOFT_BREAKS = /[,:()[\]{}"\u201c\u201d\u2013\u2014/|]|\s-+\s|-{2,}/g;
const TOKEN = /[\p{L}\p{N}\u00b7]+|,/gu;
/**
 * Who reads the message. `safety` (the red-flag lexicon, round 36) also keeps each pictograph (an emoji) as a token of its
 * own, so a word list can name one (`laughter` names the crying-laughing faces: "can't breathe 😂" is a joke, as "can't
 * breathe lol" already was), and expands the safety shorthand of knowledge/reading.yaml (Scots "noo" is "now"). Other
 * readers (answers, languages) read `plain`: words only.
 */
export type Reading = 'plain' | 'safety';
const TOKEN_WITH_PICTOGRAPHS = /[\p{L}\p{N}\u00b7]+|\p{Extended_Pictographic}|,/gu;
const DECIMAL_POINT = '\u00b7';

/** The message as sentences; each is a list of tokens where `SOFT_BREAK` marks a comma-like pause. */
export function toSentences(text: string, reading: Reading = 'plain'): string[][] {
  const cleaned = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/\bw\/o\b/g, ' without ')
    .replace(/&/g, ' and ')
    // "leg's swollen" keeps the singular "leg" (and "it's" keeps "it"); "isn't" → "isnt", "I'm" → "im".
    .replace(/(\p{L})'s\b/gu, '$1 s')
    .replace(/(\p{L})'(\p{L})/gu, '$1$2')
    .replace(/'/g, ' ')
    .replace(/(\d)\.(\d)/g, `$1${DECIMAL_POINT}$2`);
  return cleaned
    .split(SENTENCE_END)
    .map((sentence) => tidy(tokenize(sentence, reading), reading === 'safety' ? SAFETY_SHORTHAND : NO_SHORTHAND))
    .filter((tokens) => tokens.some((t) => t !== SOFT_BREAK));
}

/**
 * The text's own words, one string per sentence of `toSentences` (the same split, the same empty sentences left out), for a
 * reader that needs the wording as typed (the urgency model). Null when the two cannot be lined up.
 */
export function sentenceTexts(text: string): string[] | null {
  const pieces = text
    .replace(/(\d)\.(\d)/g, `$1${DECIMAL_POINT}$2`)
    .split(SENTENCE_END)
    .filter((piece) => toSentences(piece.replaceAll(DECIMAL_POINT, '.')).length > 0)
    .map((piece) => piece.replaceAll(DECIMAL_POINT, '.'));
  return pieces.length === toSentences(text).length ? pieces : null;
}

/** All tokens of the text in one list, soft breaks kept. */
export function toTokens(text: string): string[] {
  return toSentences(text).flatMap((sentence, i) => (i === 0 ? sentence : [SOFT_BREAK, ...sentence]));
}

/** The words of a short phrase from the content files, without breaks ("can't breathe" → [cant, breathe]). */
export function toWords(text: string): string[] {
  return toSentences(text)
    .flat()
    .filter((t) => t !== SOFT_BREAK);
}

/**
 * Round 30 (fa30): a short aside in brackets with no pause inside ("sepsis from a foot ulcer (diabetes) a few years back",
 * "a reaction to a glove once (hives + wheeze)") belongs to the clause around it, so a date or a denial told beside it
 * reaches across it; an aside with a comma inside, or a long one, still pauses the clause.
 */
const SHORT_ASIDE = /\(([^(),]{1,40})\)/g;

function tokenize(sentence: string, reading: Reading): string[] {
  const spaced = sentence
    .replace(SHORT_ASIDE, ' $1 ')
    .replace(SOFT_BREAKS, ' , ')
    .replace(/-/g, ' ')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2');
  return (spaced.match(reading === 'safety' ? TOKEN_WITH_PICTOGRAPHS : TOKEN) ?? []).map((t) =>
    t.replaceAll(DECIMAL_POINT, '.'),
  );
}

/** A short vowel's doubled consonant before "-ing" or "-ed" at the end of a word ("sitting", "planned", "stopped"). */
export const SUFFIX_DOUBLE = /^(.*[^aeiou][aeiou])([bdgkmnprtv])\2(ing|ings|ed)$/u;

/**
 * Folds repeated letters ("swolen" = "swollen", "nooo" = "no"), keeping a suffix's doubled consonant ("sitting" is not
 * "siting", which stems to "site"; red-flag-words.ts then stems it with its double, "sitt").
 */
function foldDoubled(word: string): string {
  const suffix = SUFFIX_DOUBLE.exec(word);
  if (!suffix) return word.replace(/(\p{L})\1+/gu, '$1');
  const [, stem, consonant, ending] = suffix;
  return `${stem!.replace(/(\p{L})\1+/gu, '$1')}${consonant}${consonant}${ending}`;
}

const NO_SHORTHAND: ReadonlyMap<string, string> = new Map();

function tidy(raw: string[], readerShorthand: ReadonlyMap<string, string>): string[] {
  const tokens: string[] = [];
  raw.forEach((token, i) => {
    const isWord = (t: string | undefined) => t !== undefined && t !== SOFT_BREAK;
    // "hot n swollen": a lone "n" between words is "and"; alone it stays "n" (a short "no").
    let word =
      token === 'n' && isWord(raw[i - 1]) && isWord(raw[i + 1])
        ? 'and'
        : (readerShorthand.get(token) ?? CHAT_SHORTHAND.get(token) ?? token);
    const contraction = word === 'not' ? NOT_CONTRACTIONS.get(tokens[tokens.length - 1] ?? '') : undefined;
    if (contraction) {
      tokens[tokens.length - 1] = contraction;
      return;
    }
    word = foldDoubled(word);
    if (word === SOFT_BREAK && (tokens.length === 0 || tokens[tokens.length - 1] === SOFT_BREAK)) return;
    tokens.push(word);
  });
  while (tokens[tokens.length - 1] === SOFT_BREAK) tokens.pop();
  return tokens;
}

// wink-porter2-stemmer ships no types; it exports one function.
/** Porter2 (English Snowball) stem of one word: the red-flag reader's and the health check's cue words (round 20). */
export const stemWord: (word: string) => string = require('wink-porter2-stemmer');
