import type { ScreeningContent } from '../screening';
import type { Vocabulary } from '../language/vocabulary';

/**
 * Recognises messages made only of answer words: yes, no, not sure and their variants, numbers and
 * durations (vocabulary.yaml's answers, screening.yaml's numbers), or exactly an option's label (a pressed button).
 * Such a message is an answer even when the recognizer hears "cancel" in a bare "no"; "never mind" or
 * "no, stop" contain other words, so they stay commands.
 */
export class AnswerWords {
  private readonly words: ReadonlySet<string>;
  private readonly labels: ReadonlySet<string>;

  /** `labels`: other button texts that answer the health check (the review step, "None of these"). */
  constructor(content: ScreeningContent, vocabulary: Vocabulary, labels: readonly string[] = []) {
    const { language } = content;
    const { numbers } = language;
    const phrases = [
      ...language.yes,
      ...language.no,
      ...language.notSure,
      ...language.negators,
      ...Object.keys(numbers.words),
      ...Object.keys(numbers.tens),
      ...Object.keys(numbers.quantities),
      ...Object.keys(numbers.relative),
      ...numbers.units.flatMap((unit) => unit.words),
      ...language.none,
      ...vocabulary.answers.fillers,
    ];
    this.words = new Set(phrases.flatMap(words));
    this.labels = new Set(
      [
        ...content.questions.flatMap((q) => (q.type === 'choice' ? q.options.map((o) => o.label) : [])),
        ...content.questions.map((q) => q.summary),
        ...labels,
      ].map((label) => words(label).join(' ')),
    );
  }

  isAnswerOnly(text: string): boolean {
    const tokens = words(text);
    if (tokens.length === 0) return false;
    if (this.labels.has(tokens.join(' '))) return true;
    return tokens.every((token) => /^\d+$/.test(token) || this.words.has(token));
  }
}

/** Lower case, apostrophes dropped, repeated letters folded ("Nooo" → "no"), split into words and numbers. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['\u2018\u2019`]/g, '')
      .replace(/(\p{L})\1+/gu, '$1')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
