import type { Middleware, TurnContext } from 'botbuilder';
import type { Metrics } from '../metrics';

/** Counts every turn and times it, labelled by channel. Runs outermost so it sees the whole turn. */
export class MetricsMiddleware implements Middleware {
  constructor(private readonly metrics: Metrics) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const channel = context.activity.channelId || 'unknown';
    this.metrics.turns.inc({ channel, type: context.activity.type || 'unknown' });
    const stop = this.metrics.turnSeconds.startTimer({ channel });
    try {
      await next();
    } finally {
      stop();
    }
  }
}
