import type { Activity } from 'botbuilder';
import type { Reply } from '../conversation/reply';
import { cardAttachment, replyCard } from './adaptive-card';
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
const HERO_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.hero';

interface HeroButton {
  type?: string;
  title?: string;
  value?: unknown;
  /** The button's full name for screen readers ("Book Lymphatic drainage massage, 60 minutes"). */
  text?: string;
}

/**
 * Web Chat: a carousel of service cards (hero cards with one "open the booking page" button each) becomes
 * a list of our own service cards. Web Chat's carousel is wider than a phone's panel, its arrows cover the
 * price, and every button would be read out as just "Book"; ours stack, wrap, and name the service.
 */
export function renderServiceCardsForWebChat(activity: Partial<Activity>): Partial<Activity> {
  const attachments = activity.attachments ?? [];
  if (attachments.length === 0 || !attachments.every(isServiceHeroCard)) return activity;
  activity.attachments = attachments.map((attachment) => {
    const card = attachment.content as { title: string; text?: string; buttons: HeroButton[] };
    const [details = '', ...lines] = (card.text ?? '').split(/\n{2,}/).map((line) => line.trim());
    const button = card.buttons[0]!;
    return {
      contentType: SERVICE_CARD_CONTENT_TYPE,
      content: {
        title: card.title,
        details,
        lines: lines.filter(Boolean),
        label: button.title,
        accessibleName: button.text ?? `${button.title} ${card.title}`,
        url: String(button.value),
      },
    };
  });
  activity.attachmentLayout = 'list';
  return activity;
}

function isServiceHeroCard(attachment: { contentType: string; content?: unknown }): boolean {
  if (attachment.contentType !== HERO_CARD_CONTENT_TYPE) return false;
  const card = attachment.content as { title?: unknown; buttons?: HeroButton[] } | undefined;
  return (
    typeof card?.title === 'string' &&
    card.buttons?.length === 1 &&
    card.buttons[0]!.type === 'openUrl' &&
    typeof card.buttons[0]!.value === 'string'
  );
}
