import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { REPLY_CHANNEL_DATA_KEY, type Reply } from '../conversation/reply';

const ReplySchema = z.object({
  text: z.string(),
  choices: z.array(z.object({ label: z.string(), value: z.string() })).optional(),
  sources: z.array(z.object({ title: z.string(), publisher: z.string(), url: z.string() })).optional(),
  note: z.string().optional(),
  kind: z.enum(['answer', 'recommendation', 'urgent']).optional(),
  call: z.object({ label: z.string(), number: z.string() }).optional(),
});

/**
 * Takes the channel-neutral Reply out of an outgoing activity's channelData, leaving the rest of the
 * channelData as it was (and none at all when the Reply was all there was). The Reply is internal: it never
 * goes to a channel. A payload that is not a Reply is dropped too and the activity keeps its default look.
 */
export function takeReply(activity: Partial<Activity>): Reply | undefined {
  const channelData = activity.channelData as Record<string, unknown> | undefined;
  if (!channelData || typeof channelData !== 'object' || !(REPLY_CHANNEL_DATA_KEY in channelData))
    return undefined;
  const { [REPLY_CHANNEL_DATA_KEY]: payload, ...rest } = channelData;
  if (Object.keys(rest).length > 0) activity.channelData = rest;
  else delete activity.channelData;
  const parsed = ReplySchema.safeParse(payload);
  return parsed.success ? parsed.data : undefined;
}
