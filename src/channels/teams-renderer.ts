import type { Activity } from 'botbuilder';
import type { Reply, ReplyChoice } from '../conversation/reply';
import { cardAttachment, replyCard } from './adaptive-card';
import type { RenderLabels } from './render-labels';

/**
 * Teams: answers with sources and replies with choices become an Adaptive Card whose buttons are
 * Action.Submit with a messageBack, so a press arrives as an ordinary message with the choice's text (and
 * shows it in the chat as if typed). Suggested actions are dropped: Teams ignores them in channels and
 * group chats, and in a personal chat they would repeat the card's buttons for screen-reader users. A
 * botbuilder prompt's buttons (Yes / No) reach here as the Reply's choices (renderForChannel), so they
 * become card buttons too.
 */
export function renderForTeams(
  activity: Partial<Activity>,
  reply: Reply,
  labels: RenderLabels,
): Partial<Activity> {
  delete activity.suggestedActions;
  const hasSources = (reply.sources?.length ?? 0) > 0;
  const hasChoices = (reply.choices?.length ?? 0) > 0;
  // Urgent advice is always a card, so it looks urgent and carries the tap-to-call button.
  if (!hasSources && !hasChoices && reply.kind !== 'urgent' && !reply.call) return activity;
  activity.attachments = [cardAttachment(replyCard(reply, labels, messageBack))];
  // Teams shows `summary` in notifications and the chat list, where a card would read "Sent a card".
  activity.summary = firstLine(reply.text);
  delete activity.text;
  delete activity.textFormat;
  return activity;
}

function messageBack(choice: ReplyChoice): Record<string, unknown> {
  return {
    type: 'Action.Submit',
    title: choice.label,
    data: { msteams: { type: 'messageBack', text: choice.value, displayText: choice.label } },
  };
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
