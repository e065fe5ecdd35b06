import type { Middleware, TurnContext } from 'botbuilder';
import { renderForChannel } from './render-for-channel';
import type { RenderLabels } from './render-labels';

/**
 * Renders every outgoing activity for the channel it goes to (renderForChannel), for adapters that do not
 * render themselves: the app's LymphAdapter renders in sendActivities; tests on botbuilder's TestAdapter
 * register this middleware first, so it sees every reply of the turn.
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
