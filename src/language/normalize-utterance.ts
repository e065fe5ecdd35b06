/** Chat shorthand the classifier's stemmer does not know, mapped to the words the examples use. */
const SHORTHAND: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  ppl: 'people',
  wat: 'what',
  wht: 'what',
  whats: 'what is',
  hw: 'how',
  cn: 'can',
  im: "i'm",
  dont: "don't",
  cant: "can't",
  wanna: 'want to',
  gonna: 'going to',
  thnx: 'thanks',
  tnx: 'thanks',
  ty: 'thank you',
  rn: 'right now',
  msg: 'message',
  appt: 'appointment',
  appointmnt: 'appointment',
  convo: 'conversation',
  w: 'with',
  b4: 'before',
};

/** Lower case, folded quotes and stretched letters, chat shorthand spelled out: what every recognizer step reads. */
export function normalizeUtterance(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/(.)\1{2,}/g, '$1$1') // "helloooo" → "helloo", "pleeease" → "pleease"
    .split(/\s+/)
    .map((word) => {
      const bare = word.replace(/[^\w']/g, '');
      return SHORTHAND[bare] ?? word;
    })
    .join(' ')
    .trim();
}

/** Letters typed one at a time, four or more in a row ("p e r s o n", "h u m a n"): the word they spell. */
const SPACED_LETTERS = /\b(?:[a-z] ){3,}[a-z]\b/g;

/**
 * Emphasis undone: "REAL. PERSON. NOW." and "Let. Me. Talk. To. Someone." read as one sentence, and
 * spaced-out letters as the word they spell. Used for requests for a person, where shouting is common and
 * a word split by full stops or spaces must still count.
 */
export function withoutEmphasis(text: string): string {
  // Letters are joined before shorthand is spelled out, or the "u" of "h u m a n" would become "you".
  // "T A L K  T O  A  H U M A N": letters one space apart, words two or more apart.
  const joined = text
    .toLowerCase()
    .replace(/[.!?,;:*_~]+/g, ' ')
    .split(/\s{2,}/)
    .map((chunk) => (/^([a-z] )+[a-z]$/.test(chunk.trim()) ? chunk.replace(/ /g, '') : chunk))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(SPACED_LETTERS, (letters) => letters.replace(/ /g, ''));
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
