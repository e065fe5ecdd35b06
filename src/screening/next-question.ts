import type { Answers } from './answer';
import { applicableAnswers } from './applicable-answers';
import { conditionHolds } from './condition';
import { evaluate } from './evaluate';
import type { ScreeningContent, ScreeningQuestion } from './screening-content';

/**
 * The next question to ask, or null when the screening is complete.
 *
 * Screening stops early once the outcome is urgent: the person needs medical help now, and more
 * questions would only delay the advice. Other outcomes do not stop it, so the therapist and the
 * clinician summary see every relevant answer.
 */
export function nextQuestion(answers: Answers, content: ScreeningContent): ScreeningQuestion | null {
  if (evaluate(answers, content).outcome === 'urgent') return null;
  const applicable = applicableAnswers(answers, content);
  for (const question of content.questions) {
    if (question.id in applicable) continue;
    if (question.askIf && !conditionHolds(question.askIf, applicable)) continue;
    return question;
  }
  return null;
}

/** Whether the screening has no more questions to ask (finished, or stopped early at urgent). */
export function isScreeningComplete(answers: Answers, content: ScreeningContent): boolean {
  return nextQuestion(answers, content) === null;
}
