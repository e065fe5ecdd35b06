import type { Answers } from './answer';
import type { RedFlagContent } from './red-flags-content';

/**
 * Context ids (red-flags.yaml `screeningContext`) that screening answers set: "yes" to recent surgery
 * makes one sign enough for a clot, breathlessness or a fever later in the conversation. Only ids leave
 * here; the answers themselves stay in the health check's state.
 */
export function contextsFromAnswers(content: RedFlagContent, answers: Answers): string[] {
  const found = content.screeningContext
    .filter((entry) => {
      const answer = answers[entry.question];
      return answer !== undefined && entry.answers.includes(String(answer.value));
    })
    .map((entry) => entry.context);
  return [...new Set(found)];
}
