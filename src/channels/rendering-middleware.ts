import type { Middleware, TurnContext } from 'botbuilder';
import { renderForChannel } from './render-for-channel';
import type { RenderLabels } from './render-labels';

/**
 * Renders every outgoing activity for the channel it goes to, in one place: the dialogs say what to send
 * (a channel-neutral Reply) and never how it looks on Teams, Slack or the web. Registered on the adapter,
 * so it also covers onTurnError's message and proactive turns (continueConversationAsync).
 */
export class ChannelRenderingMiddleware implements Middleware {
  constructor(private readonly labels: RenderLabels) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (ctx, activities, sendNext) => {
      for (let i = 0; i < activities.length; i++) {
        const activity = activities[i]!;
        activities[i] = renderForChannel(activity, activity.channelId ?? ctx.activity.channelId, this.labels);
      }
      return sendNext();
    });
    await next();
  }
}
