import { type AnswerSelection, DEFAULT_THRESHOLDS, type SelectionThresholds, selectAnswer } from './answer-selection';
import { type DeclineRule, findDecline } from './declines';
import { type SearchIndex, titleKey } from './search-index';

/**
 * What the knowledge base does with a question: decline it under a rule (doses, diagnoses), say it is
 * outside what we do (nothing of ours in it), or answer / ask "did you mean" / admit it does not know.
 * Shared by QuestionDialog and the understanding eval, so the figures are the bot's own behaviour.
 */
export type KnowledgeReply =
  | { kind: 'decline'; rule: DeclineRule }
  | { kind: 'out_of_scope' }
  | AnswerSelection;

/**
 * @param isAboutUs whether the message names one of our topics (MessageRouter.isAboutUs); an unknown
 * question without one is out of scope, not a gap for the curators.
 */
export function decideKnowledgeReply(
  index: SearchIndex,
  declines: readonly DeclineRule[],
  text: string,
  isAboutUs: (text: string) => boolean,
  thresholds: SelectionThresholds = DEFAULT_THRESHOLDS,
): KnowledgeReply {
  const rule = findDecline(text, declines);
  if (rule) return { kind: 'decline', rule };
  // A topic button ("Did you mean…?", follow-ups) sends the article's title: that article, whatever the ranking.
  const titled = index.titles.get(titleKey(text));
  if (titled) return { kind: 'answer', articleId: titled, confidence: 1 };
  const selection = selectAnswer(index, text, thresholds);
  if (selection.kind === 'unknown' && (selection.suggestions.length === 0 || !isAboutUs(text)))
    return { kind: 'out_of_scope' };
  return selection;
}
