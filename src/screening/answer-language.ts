import { compilePhrases, type Phrase } from './phrase-matcher';
import type { ScreeningLanguage, ScreeningQuestion } from './screening-content';
import { toWords } from './text-tokens';

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
    phrases: compilePhrases([option.label, option.id.replaceAll('_', ' '), ...option.synonyms]),
  }));
  choices.set(question, compiled);
  return compiled;
}

/** For a yes/no question: its yesCues, normalized once. */
export function yesCuePhrases(question: ScreeningQuestion): readonly Phrase[] {
  if (question.type !== 'yes_no') return [];
  const cached = cues.get(question);
  if (cached) return cached;
  const compiled = compilePhrases(question.yesCues);
  cues.set(question, compiled);
  return compiled;
}
