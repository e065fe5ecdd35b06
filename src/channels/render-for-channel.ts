import type { Activity } from 'botbuilder';
import { REPLY_CHANNEL_DATA_KEY, type Reply } from '../conversation/reply';
import { PERSON_CHANNEL_DATA_KEY } from '../bot/proactive';
import type { RenderLabels } from './render-labels';
import { takeReply } from './reply-payload';
import { renderForSlack } from './slack-renderer';
import { renderForTeams } from './teams-renderer';
import { renderForWebChat, renderServiceCardsForWebChat } from './webchat-renderer';

export type ChannelRenderer = (
  activity: Partial<Activity>,
  reply: Reply,
  labels: RenderLabels,
) => Partial<Activity>;

/**
 * Which renderer each channel gets. The Emulator and any channel not listed keep the default the dialogs
 * built (text with Markdown links and suggested actions), which every Bot Framework channel understands.
 */
const RENDERERS: Readonly<Record<string, ChannelRenderer>> = {
  webchat: renderForWebChat,
  directline: renderForWebChat,
  msteams: renderForTeams,
  slack: renderForSlack,
};

const WEB_CHAT_CHANNELS = new Set(['webchat', 'directline']);

/**
 * A team member's message: our chat frame shows their name, role and initials above their own words, so
 * it gets the words alone; every other channel keeps the "Name: words" text and never sees the look.
 */
function renderStaffLook(activity: Partial<Activity>, webChat: boolean): void {
  const channelData = activity.channelData as Record<string, unknown> | undefined;
  const look = channelData?.[PERSON_CHANNEL_DATA_KEY] as { text?: unknown } | undefined;
  if (!channelData || !look || typeof look !== 'object') return;
  if (webChat) {
    const { text, ...shown } = look;
    if (typeof text === 'string' && activity.type === 'message') activity.text = text;
    const name = (look as { name?: unknown }).name;
    // Who wrote it, for transcripts and any client that reads `from.name`; the id stays the bot's.
    if (typeof name === 'string' && activity.from) activity.from = { ...activity.from, name };
    channelData[PERSON_CHANNEL_DATA_KEY] = shown;
    const reply = channelData[REPLY_CHANNEL_DATA_KEY] as { text?: string } | undefined;
    if (typeof text === 'string' && reply) reply.text = text;
    return;
  }
  delete channelData[PERSON_CHANNEL_DATA_KEY];
  if (Object.keys(channelData).length === 0) delete activity.channelData;
}

/** Re-renders an outgoing activity that carries a Reply for its channel, and strips the internal Reply. */
export function renderForChannel(
  activity: Partial<Activity>,
  channelId: string,
  labels: RenderLabels,
): Partial<Activity> {
  const webChat = WEB_CHAT_CHANNELS.has(channelId);
  if (webChat) renderServiceCardsForWebChat(activity);
  renderStaffLook(activity, webChat);
  const reply = takeReply(activity);
  if (!reply) return activity;
  const renderer = RENDERERS[channelId];
  return renderer ? renderer(activity, reply, labels) : activity;
}
