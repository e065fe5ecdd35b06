import { type Answer, type Answers, NOT_SURE, type YesNo } from './answer';
import { type AnswerLanguage, answerLanguage, choicePhrases, cueWord, yesCuePhrases } from './answer-language';
import { findDurationDays, findNumber, findRelativeDays } from './parse-number';
import { containsPhrase, findPhrases, type PhraseMatch } from './phrase-matcher';
import type { ScreeningContent, ScreeningQuestion } from './screening-content';
import type { Phrase } from './phrase-matcher';
import { toTokens, toWords } from './text-tokens';

/**
 * What a free-text reply meant. `inferred` holds answers to other questions the same reply settled
 * ("had lipo 2 weeks ago" also answers surgery_type and surgery_days), so the dialog can skip them.
 */
export type ParsedAnswer =
  | { readonly understood: true; readonly answer: Answer; readonly inferred: Answers }
  | { readonly understood: false };

const NOT_UNDERSTOOD: ParsedAnswer = { understood: false };

/**
 * Reads a reply to `question` by meaning. Anything uncertain ("maybe", "I think so", "not that I know
 * of") is `not_sure`, never `no`. A question's yesCues make a reply yes even beside a no ("no fever but
 * I'm on antibiotics", "no, just AF", "not recently, 10 years ago"), unless the cue itself is negated
 * ("no antibiotics"). A reply that says both yes and no with nothing to settle it, or nothing we
 * recognise, is not understood, so the dialog asks again rather than guess.
 */
export function parseAnswer(
  question: ScreeningQuestion,
  text: string,
  content: ScreeningContent,
): ParsedAnswer {
  const lang = answerLanguage(content.language);
  const tokens = toTokens(text);
  switch (question.type) {
    case 'yes_no': {
      let value = readYesNo(tokens, lang);
      const cue = hasCue(tokens, yesCuePhrases(question, content.language), lang);
      if (value !== 'not_sure' && cue) value = 'yes';
      // "no, just high blood pressure", "bit of a sniffle but no fever": a no that the person qualifies with
      // something this question has no cue for is not a plain no; asked again (then "not sure"), never a no.
      if (value === 'no' && containsPhrase(tokens.map(cueWord), lang.contrast)) value = undefined;
      const inferred = value === 'no' ? {} : inferAnswers(question.alsoUnderstands, tokens, content, lang);
      if (value) return understood({ kind: 'yes_no', value }, inferred);
      const kinds = Object.keys(inferred).map((id) => content.questions.find((q) => q.id === id)?.type);
      // "had lipo 2 weeks ago" says yes without the word: naming the surgery and when is the yes.
      if (kinds.some((kind) => kind !== 'yes_no'))
        return understood({ kind: 'yes_no', value: 'yes' }, inferred);
      // "not lymphoedema exactly - I have lipoedema": the other question is settled, this one is unclear,
      // which counts like the risky answer rather than asking the same question again.
      if (kinds.length > 0) return understood({ kind: 'yes_no', value: 'not_sure' }, inferred);
      return NOT_UNDERSTOOD;
    }
    case 'number': {
      const value = readNumber(question, tokens, lang, false);
      if (value !== undefined) return understood({ kind: 'number', value }, {});
      if (containsPhrase(tokens, lang.notSure)) return understood({ kind: 'number', value: NOT_SURE }, {});
      return NOT_UNDERSTOOD;
    }
    case 'choice': {
      if (containsPhrase(tokens, lang.notSure)) return understood({ kind: 'choice', value: NOT_SURE }, {});
      const option = readChoice(question, tokens, lang);
      if (option) return understood({ kind: 'choice', value: option }, {});
      if (containsPhrase(tokens, lang.none))
        return understood({ kind: 'choice', value: question.noneMeans }, {});
      const yesNo = readYesNo(tokens, lang);
      // "No" to "do you have any of these?" is "none of these"; "yes" without saying which is not sure,
      // which counts like every option at once.
      if (yesNo === 'no') return understood({ kind: 'choice', value: question.noneMeans }, {});
      if (yesNo === 'yes' && question.noneMeans !== NOT_SURE)
        return understood({ kind: 'choice', value: NOT_SURE }, {});
      return NOT_UNDERSTOOD;
    }
  }
}

/**
 * Whether the tokens hold one of `phrases` that is not negated. A cue is negated when a negation word
 * comes before it with only gap words between ("no AF", "I don't have AF", "not on antibiotics").
 */
function hasCue(tokens: readonly string[], phrases: readonly Phrase[], lang: AnswerLanguage): boolean {
  return findPhrases(tokens.map(cueWord), phrases).some((match) => !isNegated(tokens, match, lang));
}

function isNegated(tokens: readonly string[], match: PhraseMatch, lang: AnswerLanguage): boolean {
  for (let i = match.start - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (lang.negation.has(token)) return true;
    if (!lang.negationGap.has(token)) return false;
  }
  return false;
}

function understood(answer: Answer, inferred: Answers): ParsedAnswer {
  return { understood: true, answer, inferred };
}

function readYesNo(tokens: readonly string[], lang: AnswerLanguage): YesNo | undefined {
  // Uncertainty wins over everything: "no idea" and "not sure" contain a no, "sure" contains a yes.
  if (containsPhrase(tokens, lang.notSure)) return 'not_sure';
  // "not really": neither a no nor a real "not sure"; asked again (a yes cue beside it still says yes).
  if (containsPhrase(tokens, lang.askAgain)) return undefined;
  const yes = findPhrases(tokens, lang.yes).filter((m) => !lang.negators.has(tokens[m.end] ?? ''));
  const no = findPhrases(tokens, lang.no);
  if (yes.length > 0 && no.length > 0) return undefined;
  if (yes.length > 0) return 'yes';
  if (no.length > 0) return 'no';
  return undefined;
}

/**
 * A number answer in the question's unit. With `needUnit` (when inferring from a reply to another
 * question) a bare number is not enough: in "had 2 operations" the 2 is not a number of days.
 */
function readNumber(
  question: Extract<ScreeningQuestion, { type: 'number' }>,
  tokens: readonly string[],
  lang: AnswerLanguage,
  needUnit: boolean,
): number | undefined {
  const durationDays = findDurationDays(tokens, lang);
  let value: number | undefined;
  if (question.unit === 'days') {
    value =
      durationDays ?? findRelativeDays(tokens, lang) ?? (needUnit ? undefined : findNumber(tokens, lang));
    if (value !== undefined) value = Math.round(value);
  } else {
    // Ages are whole years as people count them: "18 months" is 1, "16 and a half" is 16.
    value = durationDays !== undefined ? durationDays / 365 : needUnit ? undefined : findNumber(tokens, lang);
    if (value !== undefined) value = Math.floor(value);
  }
  return value !== undefined && value >= question.min && value <= question.max ? value : undefined;
}

/**
 * The one option the reply names, by its exact label (a pressed button) or by a label word or synonym
 * that is not negated ("no chest pain"). When it names several, questions whose options are listed by
 * caution take the most cautious ("finished, but I still have secondaries"); others are unclear.
 */
function readChoice(
  question: Extract<ScreeningQuestion, { type: 'choice' }>,
  tokens: readonly string[],
  lang: AnswerLanguage,
): string | null {
  const words = tokens.filter((t) => t !== ',').join(' ');
  const exact = question.options.find((option) => toWords(option.label).join(' ') === words);
  if (exact) return exact.id;
  const stems = tokens.map(cueWord);
  const matches = choicePhrases(question).flatMap(({ optionId, phrases }) =>
    findPhrases(stems, phrases)
      .filter((m) => !isNegated(tokens, m, lang))
      .map((m) => ({ optionId, ...m })),
  );
  // "not well controlled" also contains "well controlled": a match inside a longer one does not count.
  const kept = matches.filter(
    (m) =>
      !matches.some(
        (other) =>
          other.optionId !== m.optionId &&
          other.start <= m.start &&
          other.end >= m.end &&
          other.end - other.start > m.end - m.start,
      ),
  );
  const named = new Set(kept.map((m) => m.optionId));
  if (named.size === 1) return [...named][0]!;
  if (named.size > 1 && question.optionsByCaution)
    return question.options.find((option) => named.has(option.id))?.id ?? null;
  return null;
}

function inferAnswers(
  ids: readonly string[],
  tokens: readonly string[],
  content: ScreeningContent,
  lang: AnswerLanguage,
): Answers {
  const inferred: Record<string, Answer> = {};
  for (const id of ids) {
    const question = content.questions.find((q) => q.id === id);
    if (question?.type === 'choice') {
      const option = readChoice(question, tokens, lang);
      if (option) inferred[id] = { kind: 'choice', value: option };
    } else if (question?.type === 'number') {
      const value = readNumber(question, tokens, lang, true);
      if (value !== undefined) inferred[id] = { kind: 'number', value };
    } else if (question?.type === 'yes_no' && hasCue(tokens, yesCuePhrases(question, content.language), lang)) {
      inferred[id] = { kind: 'yes_no', value: 'yes' };
    }
  }
  return inferred;
}
