import type { Activity } from 'botbuilder';
import type { Reply } from '../../dialogs/reply';
import type { RenderLabels } from './render-labels';
import { takeReply } from './reply-payload';
import { renderForSlack } from './slack-renderer';
import { renderForTeams } from './teams-renderer';
import { renderForWebChat } from './webchat-renderer';

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

/** Re-renders an outgoing activity that carries a Reply for its channel, and strips the internal Reply. */
export function renderForChannel(
  activity: Partial<Activity>,
  channelId: string,
  labels: RenderLabels,
): Partial<Activity> {
  const reply = takeReply(activity);
  if (!reply) return activity;
  const renderer = RENDERERS[channelId];
  return renderer ? renderer(activity, reply, labels) : activity;
}
