import type { Answers } from './answer';
import { applicableAnswers } from './applicable-answers';
import { conditionHolds, conditionLeaves } from './condition';
import { evaluate } from './evaluate';
import { type Outcome, severity } from './outcome';
import type { ScreeningContent, ScreeningQuestion } from './screening-content';

/**
 * Outcomes after which only questions that could make the outcome more cautious are still asked: the
 * person cannot book anyway (not_now) or sees only the specialist (refer_specialist), so a clearance
 * question could not change what they are told. Bookable outcomes keep asking everything, because
 * every clearance reason goes to the clinician and the therapist.
 */
const ONLY_MORE_CAUTIOUS_AFTER: ReadonlySet<Outcome> = new Set(['not_now', 'refer_specialist']);

const influenceCache = new WeakMap<ScreeningContent, ReadonlyMap<string, number>>();

/**
 * For each question, the most cautious outcome (as severity) any answer to it can lead to: through a
 * rule that names it, or through a follow-up question whose askIf names it (pregnant → the pre-eclampsia
 * question → urgent).
 */
function influence(content: ScreeningContent): ReadonlyMap<string, number> {
  const cached = influenceCache.get(content);
  if (cached) return cached;
  const result = new Map<string, number>();
  const raise = (id: string, value: number) => result.set(id, Math.max(result.get(id) ?? -1, value));
  for (const rule of content.rules) {
    for (const leaf of conditionLeaves(rule.when, '')) raise(leaf.questionId, severity(rule.outcome));
  }
  // askIf only names earlier questions, so walking backwards settles each follow-up before its parents.
  for (const question of [...content.questions].reverse()) {
    if (!question.askIf) continue;
    for (const leaf of conditionLeaves(question.askIf, ''))
      raise(leaf.questionId, result.get(question.id) ?? -1);
  }
  influenceCache.set(content, result);
  return result;
}

/**
 * The questions still to ask on what is known now, in order: unanswered, whose askIf holds, and that
 * can still change the outcome. The first is the next question; their number is the "about" in the
 * progress line (follow-ups appear only once their askIf holds, so it can grow).
 *
 * Screening stops at once when the outcome is urgent: the person needs medical help now, and more
 * questions would only delay the advice.
 */
export function pendingQuestions(answers: Answers, content: ScreeningContent): ScreeningQuestion[] {
  const outcome = evaluate(answers, content).outcome;
  if (outcome === 'urgent') return [];
  const floor = ONLY_MORE_CAUTIOUS_AFTER.has(outcome) ? severity(outcome) : -1;
  const reach = influence(content);
  const applicable = applicableAnswers(answers, content);
  return content.questions.filter(
    (question) =>
      !(question.id in applicable) &&
      (!question.askIf || conditionHolds(question.askIf, applicable)) &&
      (reach.get(question.id) ?? -1) > floor,
  );
}

/** The next question to ask, or null when the screening is complete (see `pendingQuestions`). */
export function nextQuestion(answers: Answers, content: ScreeningContent): ScreeningQuestion | null {
  return pendingQuestions(answers, content)[0] ?? null;
}

/** Whether the screening has no more questions to ask (finished, or stopped early). */
export function isScreeningComplete(answers: Answers, content: ScreeningContent): boolean {
  return nextQuestion(answers, content) === null;
}
