import type { Activity } from 'botbuilder';
import type { Reply } from '../../dialogs/reply';
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
