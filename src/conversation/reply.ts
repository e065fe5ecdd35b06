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
export interface ReplySource {
  title: string;
  publisher: string;
  url: string;
}

export interface Reply {
  text: string;
  choices?: ReplyChoice[];
  /** Where the text comes from; shown as a short line of links. */
  sources?: ReplySource[];
  /** A short line shown after the text and sources (an evidence note, a disclaimer). */
  note?: string;
  /** Marks replies that are personal recommendations or booking offers, for the recommendation gate's audit. */
  kind?: 'answer' | 'recommendation' | 'urgent';
  /** A tap-to-call button (urgent replies: the emergency number), rendered as a `tel:` link where supported. */
  call?: { label: string; number: string };
}

/** The channel-neutral reply rides along in channelData so a channel renderer can redo it. */
export const REPLY_CHANNEL_DATA_KEY = 'lymphReply';

/** The plain rendering: text, then a sources line in Markdown, then the note. */
export function plainText(reply: Reply, sourcesLabel?: string): string {
  const parts = [reply.text];
  if (reply.sources && reply.sources.length > 0) {
    const links = reply.sources.map((s) => `[${s.publisher}](${s.url})`).join(' · ');
    parts.push(sourcesLabel ? `${sourcesLabel}: ${links}` : links);
  }
  if (reply.note) parts.push(`_${reply.note}_`);
  return parts.join('\n\n');
}

export function toActivity(reply: Reply, sourcesLabel?: string): Partial<Activity> {
  const actions: CardAction[] = (reply.choices ?? []).map((choice) => ({
    type: 'imBack',
    title: choice.label,
    value: choice.value,
  }));
  const text = plainText(reply, sourcesLabel);
  const activity =
    actions.length > 0 ? MessageFactory.suggestedActions(actions, text) : MessageFactory.text(text);
  activity.textFormat = 'markdown';
  activity.type = ActivityTypes.Message;
  activity.channelData = { [REPLY_CHANNEL_DATA_KEY]: reply };
  return activity;
}
