import type { Attachment } from 'botbuilder';
import type { Reply, ReplyChoice } from '../conversation/reply';
import { plainText } from './plain-renderer';
import type { RenderLabels } from './render-labels';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** 1.5 is the newest schema both Web Chat 4.18 and Teams (desktop, web and mobile) render in full. */
export const ADAPTIVE_CARD_VERSION = '1.5';

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
  fallbackText: string;
  speak: string;
}

/** Turns a choice into a card button; the bot must receive the choice's value as the message text. */
export type CardActionBuilder = (choice: ReplyChoice) => Record<string, unknown>;

/**
 * The card for one Reply: the text (a block per paragraph), the sources as links named by their titles,
 * and the note in smaller, subtler type. Choices become buttons only when the channel gives an action
 * builder; otherwise the channel shows them some other way (suggested actions).
 */
export function replyCard(reply: Reply, labels: RenderLabels, buildAction?: CardActionBuilder): AdaptiveCard {
  const body: Record<string, unknown>[] = paragraphs(reply.text).map((paragraph) => ({
    type: 'TextBlock',
    text: paragraph,
    wrap: true,
  }));
  if (reply.sources && reply.sources.length > 0) {
    body.push({
      type: 'Container',
      spacing: 'Medium',
      separator: true,
      items: [
        { type: 'TextBlock', text: labels.sources, weight: 'Bolder', size: 'Small', wrap: true },
        ...reply.sources.map((source) => ({
          type: 'TextBlock',
          text: `[${escapeLinkText(source.title)}](${source.url}) (${source.publisher})`,
          size: 'Small',
          wrap: true,
          spacing: 'Small',
        })),
      ],
    });
  }
  if (reply.note) {
    body.push({
      type: 'TextBlock',
      text: reply.note,
      isSubtle: true,
      size: 'Small',
      wrap: true,
      spacing: 'Medium',
    });
  }
  const urgent = reply.kind === 'urgent';
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    // Urgent advice stands out on every card channel: the attention (red) container, bold text.
    body: urgent
      ? [{ type: 'Container', style: 'attention', bleed: true, items: body.map((b) => ({ ...b, weight: 'Bolder' })) }]
      : body,
    fallbackText: plainText(reply, labels.sources),
    speak: [reply.text, reply.note].filter(Boolean).join(' '),
  };
  const actions: Record<string, unknown>[] = [];
  // Tap-to-call: a tel: link opens the phone's dialler on mobile Teams and Web Chat.
  if (reply.call) actions.push({ type: 'Action.OpenUrl', title: reply.call.label, url: telUrl(reply.call.number), style: 'destructive' });
  if (buildAction && reply.choices && reply.choices.length > 0) actions.push(...reply.choices.map(buildAction));
  if (actions.length > 0) card.actions = actions;
  return card;
}

/** A tel: URL with only the characters a dialler takes ("911", "+44 999" → "tel:+44999"). */
export function telUrl(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

export function cardAttachment(card: AdaptiveCard): Attachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

function paragraphs(text: string): string[] {
  const parts = text
    .split(/\n{2,}/)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 0 ? parts : [text];
}

/** Square brackets in a title would end the Markdown link early. */
function escapeLinkText(text: string): string {
  return text.replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}
