import type { Activity } from 'botbuilder';
import { type Reply, type ReplyChoice, replyOf } from '../conversation/reply';
import { renderPlain } from './plain-renderer';
import type { RenderLabels } from './render-labels';
import { renderForSlack } from './slack-renderer';
import { renderForTeams } from './teams-renderer';
import { renderForWebChat, renderServiceCardsForWebChat } from './webchat-renderer';

export type ChannelRenderer = (
  activity: Partial<Activity>,
  reply: Reply,
  labels: RenderLabels,
) => Partial<Activity>;

/**
 * Which renderer each channel gets, on top of the plain rendering. The Emulator and any channel not listed
 * keep the plain rendering (text with Markdown links and suggested actions), which every Bot Framework
 * channel understands.
 */
const RENDERERS: Readonly<Record<string, ChannelRenderer>> = {
  webchat: renderForWebChat,
  directline: renderForWebChat,
  msteams: renderForTeams,
  slack: renderForSlack,
};

const WEB_CHAT_CHANNELS = new Set(['webchat', 'directline']);

/** Where a staff member's name, role and words ride in channelData (src/bot/proactive.ts puts them there). */
export const PERSON_CHANNEL_DATA_KEY = 'lymphPerson';

/**
 * A team member's message: our chat frame shows their name, role and initials above their own words, so
 * it gets the words alone (returned); every other channel keeps the "Name: words" text and never sees the look.
 */
function renderStaffLook(activity: Partial<Activity>, webChat: boolean): string | undefined {
  const channelData = activity.channelData as Record<string, unknown> | undefined;
  const look = channelData?.[PERSON_CHANNEL_DATA_KEY] as { text?: unknown } | undefined;
  if (!channelData || !look || typeof look !== 'object') return undefined;
  if (webChat) {
    const { text, ...shown } = look;
    const name = (look as { name?: unknown }).name;
    // Who wrote it, for transcripts and any client that reads `from.name`; the id stays the bot's.
    if (typeof name === 'string' && activity.from) activity.from = { ...activity.from, name };
    channelData[PERSON_CHANNEL_DATA_KEY] = shown;
    return typeof text === 'string' && activity.type === 'message' ? text : undefined;
  }
  delete channelData[PERSON_CHANNEL_DATA_KEY];
  if (Object.keys(channelData).length === 0) delete activity.channelData;
  return undefined;
}

/**
 * Renders an outgoing activity for its channel, once: the plain rendering of its Reply, then the channel's
 * own look. A botbuilder prompt (ConfirmPrompt, TextPrompt) sends its prompt as a JSON copy, which carries
 * no Reply: its words are the Reply and its buttons stay as the prompt set them. Other activities (typing,
 * traces) pass as they are.
 */
export function renderForChannel(
  activity: Partial<Activity>,
  channelId: string,
  labels: RenderLabels,
): Partial<Activity> {
  const webChat = WEB_CHAT_CHANNELS.has(channelId);
  const staffWords = renderStaffLook(activity, webChat);
  let reply = replyOf(activity);
  if (reply) {
    if (staffWords !== undefined) reply = { ...reply, text: staffWords };
    renderPlain(activity, reply, labels);
    if (reply.cards && reply.cards.length > 0) {
      // Hero cards everywhere but in our web chat, which draws its own service cards.
      return webChat ? renderServiceCardsForWebChat(activity, reply.cards) : activity;
    }
  } else if (
    activity.type === 'message' &&
    typeof activity.text === 'string' &&
    !activity.attachments?.length
  ) {
    // Web Chat shows a prompt's suggested actions as they are; Teams and Slack drop suggested actions and
    // draw a Reply's choices as buttons of their own, so there the prompt's buttons become its choices.
    reply = { text: activity.text, choices: webChat ? undefined : promptChoices(activity) };
  } else {
    return activity;
  }
  const renderer = RENDERERS[channelId];
  return renderer ? renderer(activity, reply, labels) : activity;
}

/** A prompt's suggested actions as Reply choices: each button's title and the text it sends. */
function promptChoices(activity: Partial<Activity>): ReplyChoice[] | undefined {
  const choices = (activity.suggestedActions?.actions ?? []).flatMap((action): ReplyChoice[] => {
    const value = typeof action.value === 'string' ? action.value : action.text;
    return action.title && typeof value === 'string' ? [{ label: action.title, value }] : [];
  });
  return choices.length > 0 ? choices : undefined;
}
