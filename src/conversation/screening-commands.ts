import type { ScreeningContent } from '../screening';

/** What a reply inside the health check may ask for besides answering the question. */
export type ScreeningCommand = 'why' | 'back' | 'restart';

// Short, whole-message commands only: "why" inside a longer sentence is more likely a question to answer.
const COMMANDS: ReadonlyArray<readonly [ScreeningCommand, RegExp]> = [
  [
    'why',
    /^(?:but |and |ok |so )?(?:why\??|why do you (?:ask|need|want)(?: to know)?(?: (?:that|this|it))?|why is that|what for|what do you mean|what does that mean|why does (?:that|it|this) matter|how come|what(?:'?s| is) (?:this|that|it) for|what(?:'?s| is) (?:this|that) (?:question )?about|why (?:this|that) question|why are you asking(?: (?:that|this|me))?|what does (?:this|that) have to do with (?:it|anything|massage|lymphatic drainage))\W*$/i,
  ],
  [
    'back',
    /^(?:(?:go |going )?back|previous(?: question)?|undo|(?:i )?(?:want to |need to )?change my (?:last )?answer|(?:oops|sorry),? (?:go back|wrong answer|i meant .*)|wrong answer)\W*$/i,
  ],
  [
    'restart',
    /^(?:(?:please |can we |let'?s |let us )?(?:start (?:over|again|afresh|from the (?:beginning|top|start))|restart(?: the (?:health check|check|questions|screening))?|begin again|from the top|reset))\W*$/i,
  ],
];

/** Words that open a question. "do not" and "does not" open answers. */
const QUESTION_OPENER =
  /^(?:what|whats|what's|why|how|is|are|can|could|does|do|should|when|where|who|which|will|would|may)\s+(?!not\b)/i;

/** Words that may surround an answer without changing it ("no thanks", "I'm 45", "yes please"). */
const FILLERS = [
  'please',
  'thanks',
  'thank',
  'you',
  'ok',
  'okay',
  'oh',
  'um',
  'uh',
  'hmm',
  'well',
  'so',
  'and',
  'a',
  'half',
  'ago',
  'old',
  'about',
  'around',
  'roughly',
  'almost',
  'nearly',
  'im',
  'its',
  'it',
  'was',
  'is',
  'the',
  'answer',
  'my',
];

export function screeningCommand(text: string): ScreeningCommand | undefined {
  const trimmed = text.trim();
  return COMMANDS.find(([, pattern]) => pattern.test(trimmed))?.[0];
}

/** Whether the message is phrased as a question: it opens with a question word or ends with "?". */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  return QUESTION_OPENER.test(trimmed) || trimmed.endsWith('?');
}

/**
 * Recognises messages made only of answer words: yes, no, not sure and their variants, numbers and
 * durations (all from screening.yaml's `language`), or exactly an option's label (a pressed button).
 * Such a message is an answer even when the recognizer hears "cancel" in a bare "no"; "never mind" or
 * "no, stop" contain other words, so they stay commands.
 */
export class AnswerWords {
  private readonly words: ReadonlySet<string>;
  private readonly labels: ReadonlySet<string>;

  /** `labels`: other button texts that answer the health check (the review step, "None of these"). */
  constructor(content: ScreeningContent, labels: readonly string[] = []) {
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
      ...FILLERS,
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
