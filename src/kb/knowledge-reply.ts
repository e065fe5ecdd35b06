import { type AnswerSelection, DEFAULT_THRESHOLDS, type SelectionThresholds, selectAnswer } from './answer-selection';
import { articleModelOf } from './article-blend';
import { UNKNOWN_CLASS } from './article-model';
import { type DeclineRule, declinedAheadOfPersonalCues, findDecline } from './declines';
import { readDomain, type SearchIndex, titleKey } from './search-index';

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
  if (selection.kind === 'unknown') return withPlacedFirst(index, text, selection);
  return selection;
}

/**
 * Round 40 (lead): an "I don't know" whose message the article model places on one article (placedByModel) offers
 * that article first: the words alone suggested others ("will I still look snatched a week later or does it wear off
 * fast" offered what to wear, the visit and compression, where the model read how long effects last at 0.99).
 */
function withPlacedFirst(
  index: SearchIndex,
  text: string,
  selection: Extract<AnswerSelection, { kind: 'unknown' }>,
): AnswerSelection {
  const placed = placedArticle(index, text);
  if (placed === undefined) return selection;
  const others = selection.suggestions.filter((id) => id !== placed);
  return { kind: 'unknown', suggestions: [placed, ...others].slice(0, selection.suggestions.length) };
}

/**
 * Round 40 (lead): the article the model alone places the message on at `placedAbove` (knowledge/article-model.yaml) or
 * more, or undefined (also without a model or the setting). Such a message is about us, whatever words the router's
 * lists lack: the router asks before its catch-all decline and in isAboutUs; the route model may not decline it
 * (route-fallback.ts).
 */
function placedArticle(index: SearchIndex, text: string): string | undefined {
  const attached = articleModelOf(index);
  const above = attached?.blend.placedAbove;
  if (!attached || above === undefined) return undefined;
  const { top } = attached.model.predict(text);
  return top.label !== UNKNOWN_CLASS && top.probability >= above ? top.label : undefined;
}

/** Whether the article model alone places the message on one of our articles (placedArticle). */
export function placedByModel(index: SearchIndex, text: string): boolean {
  return placedArticle(index, text) !== undefined;
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

/**
 * What the knowledge base says of a message, as the router asks it (MessageRouter.fromContent's KnowledgeReadings):
 * its domain words, whether it is answered plainly, declined ahead of the personal cues, or placed by the article
 * model. One builder for the bot, the understanding eval and the tests, so all three route alike.
 */
export function knowledgeReadings(index: SearchIndex, declines: readonly DeclineRule[]) {
  return {
    inDomain: (text: string) => readDomain(index, text),
    answeredPlainly: (text: string) => answersPlainly(index, text),
    declinedAhead: (text: string) => declinedAheadOfPersonalCues(text, declines),
    placedByModel: (text: string) => placedByModel(index, text),
  };
}
