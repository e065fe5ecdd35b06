import { type Activity, ActivityTypes, type CardAction, MessageFactory } from 'botbuilder';

/** A button the person can press; `value` is what the bot receives as if typed. */
export interface ReplyChoice {
  label: string;
  value: string;
}

/**
 * What a dialog wants to say, before any channel decides how it looks. `src/channels` renders it per
 * channel (cards where supported, text and buttons elsewhere); `toActivity` is the plain default.
 */
export interface Reply {
  text: string;
  choices?: ReplyChoice[];
}

/** The channel-neutral reply rides along in channelData so a channel renderer can redo it. */
export const REPLY_CHANNEL_DATA_KEY = 'lymphReply';

export function toActivity(reply: Reply): Partial<Activity> {
  const actions: CardAction[] = (reply.choices ?? []).map((choice) => ({
    type: 'imBack',
    title: choice.label,
    value: choice.value,
  }));
  const activity =
    actions.length > 0
      ? MessageFactory.suggestedActions(actions, reply.text)
      : MessageFactory.text(reply.text);
  activity.type = ActivityTypes.Message;
  activity.channelData = { [REPLY_CHANNEL_DATA_KEY]: reply };
  return activity;
}
