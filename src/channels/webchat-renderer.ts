import type { Activity } from 'botbuilder';
import type { Reply, ServiceCard } from '../conversation/reply';
import { cardAttachment, replyCard } from './adaptive-card';
import { serviceCardText } from './plain-renderer';
import type { RenderLabels } from './render-labels';

/**
 * Web Chat (our Direct Line and Azure's): an answer with sources, or a reply that offers choices, becomes an
 * Adaptive Card with the links and the evidence note laid out; the choices stay suggested actions, which
 * Web Chat shows as buttons above the send box and reads out as a group. Plain sentences stay Markdown text.
 */
export function renderForWebChat(
  activity: Partial<Activity>,
  reply: Reply,
  labels: RenderLabels,
): Partial<Activity> {
  const hasSources = (reply.sources?.length ?? 0) > 0;
  const hasChoices = (reply.choices?.length ?? 0) > 0;
  // Urgent advice is always a card, so it looks urgent and carries the tap-to-call button.
  if (!hasSources && !hasChoices && reply.kind !== 'urgent' && !reply.call) return activity;
  activity.attachments = [cardAttachment(replyCard(reply, labels))];
  // The card carries the words; text as well would show them twice.
  delete activity.text;
  delete activity.textFormat;
  return activity;
}

/** Our chat frame draws these itself (public/frame.js): a service card that fits the panel. */
export const SERVICE_CARD_CONTENT_TYPE = 'application/vnd.lymph.service-card+json';
/**
 * Web Chat: service cards become our own service cards, stacked in a list. Web Chat's carousel of hero cards
 * is wider than a phone's panel, its arrows cover the price, and every button would be read out as just
 * "Book"; ours stack, wrap, and name the service.
 */
export function renderServiceCardsForWebChat(
  activity: Partial<Activity>,
  cards: readonly ServiceCard[],
): Partial<Activity> {
  activity.attachments = cards.map((card) => {
    const [details = '', ...lines] = serviceCardText(card)
      .split(/\n{2,}/)
      .map((line) => line.trim());
    return {
      contentType: SERVICE_CARD_CONTENT_TYPE,
      content: {
        title: card.title,
        details,
        lines: lines.filter(Boolean),
        label: card.label,
        accessibleName: card.accessibleName,
        url: card.url,
      },
    };
  });
  activity.attachmentLayout = 'list';
  return activity;
}
