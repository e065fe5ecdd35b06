import type { Answer, Answers } from './answer';
import { NOT_SURE } from './answer';
import { conditionHolds } from './condition';
import type { ScreeningContent, ScreeningQuestion } from './screening-content';

/** Whether `answer` is a valid answer to `question` (right kind, a known option, a number in range). */
export function answerFits(question: ScreeningQuestion, answer: Answer): boolean {
  switch (question.type) {
    case 'yes_no':
      return answer.kind === 'yes_no';
    case 'number':
      return (
        answer.kind === 'number' &&
        (answer.value === NOT_SURE ||
          (Number.isFinite(answer.value) && answer.value >= question.min && answer.value <= question.max))
      );
    case 'choice':
      return (
        answer.kind === 'choice' &&
        (answer.value === NOT_SURE || question.options.some((option) => option.id === answer.value))
      );
  }
}

/**
 * The answers that count: valid ones to questions whose askIf holds, walking the questions in order.
 * An answer left over from a branch the person has since left (they changed "recent surgery" to no)
 * no longer counts, and an invalid stored answer counts as unanswered, so it is asked again.
 */
export function applicableAnswers(answers: Answers, content: ScreeningContent): Answers {
  const applicable: Record<string, Answer> = {};
  for (const question of content.questions) {
    const answer = answers[question.id];
    if (answer === undefined || !answerFits(question, answer)) continue;
    if (question.askIf && !conditionHolds(question.askIf, applicable)) continue;
    applicable[question.id] = answer;
  }
  return applicable;
}
