import { type AnswerSelection, DEFAULT_THRESHOLDS, type SelectionThresholds, selectAnswer } from './answer-selection';
import { articleModelOf } from './article-blend';
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

/**
 * Round 20 (und20b): whether the knowledge base answers the message with one article that both readings agree on: the
 * lexical decision (with the model's re-ranking) answers it, and the article model's most probable class is that
 * article at `plainAnswerAbove` (knowledge/article-model.yaml) or more. The router asks it before its catch-all decline
 * (MessageRouter.route): a question about us in words its domain list lacks ("do I have to take all my clothes off?
 * I'm 78 and a bit shy") is ours when retrieval and the model both say which article answers it. False without a
 * model or the setting.
 */
export function answersPlainly(index: SearchIndex, text: string): boolean {
  const attached = articleModelOf(index);
  const above = attached?.blend.plainAnswerAbove;
  if (!attached || above === undefined) return false;
  const selection = selectAnswer(index, text);
  if (selection.kind !== 'answer') return false;
  const top = attached.model.predict(text).top;
  return top.label === selection.articleId && top.probability >= above;
}
