import { type Activity, ActivityTypes, type TurnContext } from 'botbuilder';

/** A button the person can press; `value` is what the bot receives as if typed. */
export interface ReplyChoice {
  label: string;
  value: string;
}

export interface ReplySource {
  title: string;
  publisher: string;
  url: string;
}

/** A bookable service as a card: its name, the details lines, and a Book button that opens `url`. */
export interface ServiceCard {
  title: string;
  /** Duration and price, shown first. */
  details: string;
  /** The description and any conditions (a surgeon's OK, the clearance reference), one per paragraph. */
  lines: string[];
  /** The button's words ("Book"). */
  label: string;
  /** The button's full name for screen readers ("Book Lymphatic drainage massage, 60 minutes"). */
  accessibleName: string;
  url: string;
}

/**
 * What the assistant wants to say, before any channel decides how it looks. Dialogs and middleware build
 * one; `src/channels` renders it once for the channel the turn is on (cards where supported, text and
 * buttons elsewhere, the plain Bot Framework default for the Emulator and any other channel).
 */
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
  /** Service cards with a Book button each; `text` introduces them. */
  cards?: ServiceCard[];
  /** The words are shown as typed (a team member's), never read as Markdown. */
  asTyped?: boolean;
}

/**
 * The Reply an outgoing activity stands for. A symbol key: it travels with the activity inside this
 * process (TurnContext copies activities with Object.assign, which keeps it) and can never be serialised
 * to a channel, so nothing has to strip it or parse it back.
 */
const REPLY = Symbol('lymph.reply');

type WithReply = Partial<Activity> & { [REPLY]?: Reply };

/** An outgoing message that is this Reply; the channel rendering middleware gives it its look. */
export function replyActivity(reply: Reply): Partial<Activity> {
  const activity: WithReply = { type: ActivityTypes.Message, [REPLY]: reply };
  return activity;
}

/** The Reply an outgoing activity was made from, if it was made by replyActivity. */
export function replyOf(activity: Partial<Activity>): Reply | undefined {
  return (activity as WithReply)[REPLY];
}

/** Points an activity at another Reply (the staff look shows a team member's own words on the web). */
export function withReply(activity: Partial<Activity>, reply: Reply): void {
  (activity as WithReply)[REPLY] = reply;
}

/**
 * A botbuilder prompt's words (ConfirmPrompt, TextPrompt). A prompt keeps its activity in dialog state and
 * sends a JSON copy, which would lose a Reply, so it carries the words themselves; the channel rendering
 * takes them as the Reply and leaves the prompt's own buttons as the prompt set them.
 */
export function promptActivity(text: string): Partial<Activity> {
  return { type: ActivityTypes.Message, text, textFormat: 'markdown', inputHint: 'acceptingInput' };
}

/** Sends a Reply: the one way dialogs and middleware say something (the base dialog's `say`). */
export async function say(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(replyActivity(reply));
}
