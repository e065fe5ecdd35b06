import { type Activity, type CardAction, CardFactory, MessageFactory } from 'botbuilder';
import type { Reply, ServiceCard } from '../conversation/reply';
import type { RenderLabels } from './render-labels';

/**
 * The rendering every Bot Framework channel understands, and what the Emulator and any channel without
 * a renderer of its own get: Markdown text with the sources as links and the note in italics, choices as
 * suggested actions, service cards as a carousel of hero cards. Channel renderers start from it.
 */
export function renderPlain(activity: Partial<Activity>, reply: Reply, labels: RenderLabels): Partial<Activity> {
  if (reply.cards && reply.cards.length > 0) {
    return Object.assign(activity, MessageFactory.carousel(reply.cards.map(heroCard), reply.text));
  }
  const actions: CardAction[] = (reply.choices ?? []).map((choice) => ({
    type: 'imBack',
    title: choice.label,
    value: choice.value,
  }));
  const text = plainText(reply, labels.sources);
  Object.assign(
    activity,
    actions.length > 0 ? MessageFactory.suggestedActions(actions, text) : MessageFactory.text(text),
  );
  // A team member's words are shown as typed: Web Chat and Teams render neither Markdown nor HTML in plain text.
  activity.textFormat = reply.asTyped ? 'plain' : 'markdown';
  return activity;
}

/** The paragraphs of a service card's body: details first, then the description and conditions. */
export function serviceCardText(card: ServiceCard): string {
  return [card.details, ...card.lines].join('\n\n');
}

/**
 * Hero cards are the Bot Framework's own card type: Web Chat, Teams, Slack and the Emulator all show them.
 * The Book button opens /book with the offer's reference, never the booking system directly.
 */
function heroCard(card: ServiceCard) {
  return CardFactory.heroCard(card.title, serviceCardText(card), undefined, [
    {
      type: 'openUrl',
      title: card.label,
      value: card.url,
      // Read out in full where the channel can (Web Chat): every card's button is otherwise just "Book".
      text: card.accessibleName,
    },
  ]);
}

/** The words of a Reply as Markdown: text, then a sources line, then the note in italics. */
export function plainText(reply: Reply, sourcesLabel?: string): string {
  const parts = [reply.text];
  if (reply.sources && reply.sources.length > 0) {
    const links = reply.sources.map((s) => `[${s.publisher}](${s.url})`).join(' · ');
    parts.push(sourcesLabel ? `${sourcesLabel}: ${links}` : links);
  }
  if (reply.note) parts.push(`_${reply.note}_`);
  return parts.join('\n\n');
}
