import { compilePhrases, type Phrase } from './phrase-matcher';
import type { ScreeningLanguage, ScreeningQuestion } from './screening-content';
import { stemWord, toWords } from './text-tokens';

/** A year (1900-2099) reads as this word in cues, so a cue set can say "in yearnum" ("a clot in 2015"). */
export const YEAR_WORD = 'yearnum';

/**
 * One token as cues compare it: stemmed (Porter2, without a final "e"), so "swells", "clots", "thinners" and "stopped" meet the cue
 * lists' "swelling", "clot", "thinner" and "stop"; a year reads as `YEAR_WORD`. Commas stay commas.
 */
export function cueWord(token: string): string {
  if (/^(19|20)\d\d$/.test(token) || token === YEAR_WORD) return YEAR_WORD;
  // Text tokens fold doubled letters before stemming ("swell" → "swel", "swelling" → "sweling" → "swele"): a final
  // "e" is dropped after stemming so both meet again.
  return /^\p{L}+$/u.test(token) ? stemWord(token).replace(/(?<=..)e$/u, '') : token;
}

/** A phrase's words as cues compare them. */
export function stemPhrase(phrase: Phrase): Phrase {
  return phrase.map(cueWord);
}

/** screening.yaml `language`, normalized once so parsing only compares tokens. */
export interface AnswerLanguage {
  readonly notSure: readonly Phrase[];
  readonly yes: readonly Phrase[];
  readonly no: readonly Phrase[];
  /** Words that turn a yes phrase right before them into a no ("I have never", "definitely not"). */
  readonly negators: ReadonlySet<string>;
  /** "None of these" on a choice question. */
  readonly none: readonly Phrase[];
  /** Words that negate a cue right after them, and the words that may stand between. */
  readonly negation: ReadonlySet<string>;
  readonly negationGap: ReadonlySet<string>;
  /** Words that qualify a no ("no, just ..."), stemmed like cues. */
  readonly contrast: readonly Phrase[];
  /** Soft answers asked again ("not really"). */
  readonly askAgain: readonly Phrase[];
  readonly numberWords: ReadonlyMap<string, number>;
  readonly tens: ReadonlyMap<string, number>;
  readonly quantities: ReadonlyMap<string, number>;
  /** Unit word → days ("wks" → 7). */
  readonly unitDays: ReadonlyMap<string, number>;
  readonly relative: readonly { readonly phrase: Phrase; readonly days: number }[];
}

const languages = new WeakMap<ScreeningLanguage, AnswerLanguage>();
const choices = new WeakMap<ScreeningQuestion, { readonly optionId: string; readonly phrases: Phrase[] }[]>();
const cues = new WeakMap<ScreeningQuestion, Phrase[]>();

export function answerLanguage(language: ScreeningLanguage): AnswerLanguage {
  const cached = languages.get(language);
  if (cached) return cached;
  const wordMap = (record: Record<string, number>) =>
    new Map(Object.entries(record).map(([word, value]) => [toWords(word).join(' '), value]));
  const compiled: AnswerLanguage = {
    notSure: compilePhrases(language.notSure),
    yes: compilePhrases(language.yes),
    no: compilePhrases(language.no),
    negators: new Set(language.negators.flatMap(toWords)),
    none: compilePhrases(language.none),
    negation: new Set(language.negation.flatMap(toWords)),
    negationGap: new Set(language.negationGap.flatMap(toWords)),
    contrast: compilePhrases(language.contrast).map(stemPhrase),
    askAgain: compilePhrases(language.askAgain),
    numberWords: wordMap(language.numbers.words),
    tens: wordMap(language.numbers.tens),
    quantities: wordMap(language.numbers.quantities),
    unitDays: new Map(
      language.numbers.units.flatMap((u) => u.words.map((w) => [toWords(w).join(' '), u.days])),
    ),
    relative: Object.entries(language.numbers.relative).map(([text, days]) => ({
      phrase: toWords(text),
      days,
    })),
  };
  languages.set(language, compiled);
  return compiled;
}

/** For a choice question: each option with the phrases that name it (label, id and synonyms). */
export function choicePhrases(
  question: ScreeningQuestion,
): readonly { optionId: string; phrases: Phrase[] }[] {
  if (question.type !== 'choice') return [];
  const cached = choices.get(question);
  if (cached) return cached;
  const compiled = question.options.map((option) => ({
    optionId: option.id,
    phrases: compilePhrases([option.label, option.id.replaceAll('_', ' '), ...option.synonyms]).map(
      stemPhrase,
    ),
  }));
  choices.set(question, compiled);
  return compiled;
}

/** For a yes/no question: its yesCues and the cue sets it names (language.cueSets), normalized and stemmed once. */
export function yesCuePhrases(question: ScreeningQuestion, language: ScreeningLanguage): readonly Phrase[] {
  if (question.type !== 'yes_no') return [];
  const cached = cues.get(question);
  if (cached) return cached;
  const sets = question.yesCueSets.flatMap((name) => language.cueSets[name] ?? []);
  const compiled = compilePhrases([...question.yesCues, ...sets]).map(stemPhrase);
  cues.set(question, compiled);
  return compiled;
}
