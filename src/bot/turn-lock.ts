import type { Middleware, TurnContext } from 'botbuilder';
import type { TurnLock } from '../storage/turn-lock';

/** The queue key: a conversation id is unique within its channel. */
export function conversationKey(context: TurnContext): string {
  return `${context.activity.channelId}\u0000${context.activity.conversation?.id ?? ''}`;
}

/**
 * Installed first, so everything after it (state loading, red flags, dialogs, saving) runs inside the
 * conversation's turn. Proactive turns (continueConversation) are not queued: a turn may send one to
 * its own conversation and must not wait for itself.
 */
export class TurnOrderMiddleware implements Middleware {
  constructor(private readonly lock: TurnLock) {}

  onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    if (activity.type === 'event' && activity.name === 'ContinueConversation') return next();
    return this.lock.runExclusive(conversationKey(context), next);
  }
}
