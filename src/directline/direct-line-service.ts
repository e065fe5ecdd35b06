import { DIRECTLINE_CHANNEL_ID } from '../storage/directline-store';
import type { Activity, ChannelAccount } from 'botbuilder';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { ActivityHub } from './activity-hub';
import type { DeliverToBot } from './bot-delivery';
import type { ActivityPage, DirectLineStore } from '../storage/directline-store';
import type { ClientActivity } from './schemas';
import { BotUnavailableError } from '../errors';

/** The channel id our Direct Line gives its activities, as Azure's Direct Line channel does. */

export { DIRECTLINE_CHANNEL_ID };

export interface BotIdentity {
  id: string;
  name: string;
}

export interface DirectLineServiceDependencies {
  store: DirectLineStore;
  hub: ActivityHub;
  clock: Clock;
  bot: BotIdentity;
  /** Where the bot sends replies for these conversations: our own connector endpoint. */
  serviceUrl: () => string;
  deliver: DeliverToBot;
  logger: Logger;
}

/**
 * The Direct Line conversation logic behind the HTTP and WebSocket endpoints: conversations start with a
 * conversationUpdate to the bot; a person's activity is stored (getting its watermark), pushed to open
 * streams and run through the bot; the bot's replies arrive back through our connector endpoint and are
 * stored and pushed the same way. Proactive messages take the same path, so a staff reply reaches the page.
 */
export class DirectLineService {
  private typingSequence = 0;

  constructor(private readonly deps: DirectLineServiceDependencies) {}

  /** Creates the conversation if new and tells the bot who joined (which triggers the welcome). */
  async startConversation(
    conversationId: string,
    userId: string,
    options: { locale?: string } = {},
  ): Promise<{ created: boolean }> {
    const { store, clock, bot } = this.deps;
    const { created } = await store.createConversation({ id: conversationId, userId }, clock.now());
    if (created) {
      const update: Partial<Activity> = {
        type: 'conversationUpdate',
        id: `${conversationId}|start`,
        membersAdded: [
          { id: bot.id, name: bot.name, role: 'bot' },
          { id: userId, role: 'user' } as ChannelAccount,
        ],
        from: { id: userId, role: 'user' } as ChannelAccount,
        locale: options.locale,
        timestamp: clock.now().toISOString() as unknown as Date,
      };
      await this.toBot(conversationId, userId, update);
    }
    return { created };
  }

  /** A person's activity: stored, pushed, then handed to the bot. Resolves with the activity's id. */
  async postFromUser(conversationId: string, userId: string, incoming: ClientActivity): Promise<string> {
    const { store, hub, clock, bot } = this.deps;
    const { from, ...fields } = incoming;
    // On the wire (and in the store) timestamps are ISO strings, not the Date the Activity type declares.
    const activity = {
      ...fields,
      channelId: DIRECTLINE_CHANNEL_ID,
      conversation: { id: conversationId },
      // The sender is whoever the token names, whatever the body claims.
      from: { id: userId, name: from?.name, role: 'user' },
      recipient: { id: bot.id, name: bot.name, role: 'bot' },
      timestamp: clock.now().toISOString(),
    } as unknown as Partial<Activity>;
    if (activity.type === 'typing') return `${conversationId}|typing`;
    const stored = await store.append(conversationId, activity, clock.now());
    hub.publish(conversationId, { activities: [stored.activity], watermark: String(stored.watermark) });
    await this.toBot(conversationId, userId, stored.activity);
    return stored.activity.id;
  }

  /** An activity from the bot (a reply or a proactive message), as posted to our connector endpoint. */
  async postFromBot(conversationId: string, activity: Partial<Activity>): Promise<string> {
    const { store, hub, clock, bot } = this.deps;
    const { serviceUrl: _internal, ...rest } = activity;
    const outgoing = {
      ...rest,
      channelId: DIRECTLINE_CHANNEL_ID,
      conversation: { id: conversationId },
      from: { ...(activity.from ?? { id: bot.id }), name: activity.from?.name || bot.name, role: 'bot' },
      timestamp: clock.now().toISOString(),
    } as unknown as Partial<Activity>;
    if (outgoing.type === 'typing') {
      // Typing is live-only: it has no place in the history, so it gets no watermark.
      const id = `${conversationId}|typing-${++this.typingSequence}`;
      hub.publish(conversationId, { activities: [{ ...outgoing, id }] });
      return id;
    }
    const stored = await store.append(conversationId, outgoing, clock.now());
    hub.publish(conversationId, { activities: [stored.activity], watermark: String(stored.watermark) });
    return stored.activity.id;
  }

  activitiesAfter(conversationId: string, watermark: number): Promise<ActivityPage> {
    return this.deps.store.activitiesAfter(conversationId, watermark);
  }

  private async toBot(conversationId: string, userId: string, activity: Partial<Activity>): Promise<void> {
    const { bot, logger } = this.deps;
    const turn = {
      ...activity,
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: this.deps.serviceUrl(),
      conversation: { id: conversationId },
      from: activity.from ?? { id: userId, role: 'user' },
      recipient: { id: bot.id, name: bot.name, role: 'bot' },
    } as Activity;
    try {
      await this.deps.deliver(turn);
    } catch (error) {
      logger.error(
        {
          err: { name: (error as Error).name, message: (error as Error).message },
          conversationId,
          channel: DIRECTLINE_CHANNEL_ID,
        },
        'Direct Line turn failed',
      );
      throw new BotUnavailableError(conversationId);
    }
  }
}
