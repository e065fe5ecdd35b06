import type { AnswerLanguage } from './answer-language';
import { findPhrases } from './phrase-matcher';

interface Amount {
  readonly value: number;
  /** Index after the amount. */
  readonly next: number;
}

/** Reads "16", "2.5", "forty two" or "sixteen" at `i`; with `quantities`, also "a", "couple", "few". */
function readAmount(
  tokens: readonly string[],
  i: number,
  lang: AnswerLanguage,
  quantities: boolean,
): Amount | null {
  const token = tokens[i];
  if (token === undefined) return null;
  if (/^\d+(\.\d+)?$/.test(token)) return { value: Number(token), next: i + 1 };
  const tens = lang.tens.get(token);
  if (tens !== undefined) {
    const unit = lang.numberWords.get(tokens[i + 1] ?? '');
    return unit !== undefined && unit > 0 && unit < 10
      ? { value: tens + unit, next: i + 2 }
      : { value: tens, next: i + 1 };
  }
  const word = lang.numberWords.get(token);
  if (word !== undefined) return { value: word, next: i + 1 };
  const quantity = quantities ? lang.quantities.get(token) : undefined;
  return quantity !== undefined ? { value: quantity, next: i + 1 } : null;
}

/**
 * The first duration with a unit in the text, in days: "2 wks" → 14, "a couple of weeks" → 14,
 * "two and a half weeks" → 17.5, "a month ago" → 30.
 */
export function findDurationDays(tokens: readonly string[], lang: AnswerLanguage): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const amount = readAmount(tokens, i, lang, true);
    if (!amount) continue;
    let value = amount.value;
    let j = amount.next;
    if (tokens[j] === 'and' && tokens[j + 1] === 'a' && tokens[j + 2] === 'half') {
      value += 0.5;
      j += 3;
    }
    if (tokens[j] === 'of') j += 1;
    const unit = lang.unitDays.get(tokens[j] ?? '');
    if (unit !== undefined) return value * unit;
  }
  return undefined;
}

/** Days ago for the first relative time word in the text ("yesterday" → 1, "last week" → 7). */
export function findRelativeDays(tokens: readonly string[], lang: AnswerLanguage): number | undefined {
  const relative = lang.relative
    .flatMap(({ phrase, days }) => findPhrases(tokens, [phrase]).map((m) => ({ start: m.start, days })))
    .sort((a, b) => a.start - b.start)[0];
  return relative?.days;
}

/** The first plain number in the text ("I'm 16" → 16, "forty two" → 42). */
export function findNumber(tokens: readonly string[], lang: AnswerLanguage): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const amount = readAmount(tokens, i, lang, false);
    if (amount) return amount.value;
  }
  return undefined;
}
