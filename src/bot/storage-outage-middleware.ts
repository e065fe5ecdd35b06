import type { Middleware, TurnContext } from 'botbuilder';
import { say } from '../conversation/reply';
import type { Messages } from '../content/messages';
import type { Logger } from '../log';
import { isStorageOutage } from '../storage/outage';

/**
 * Outermost: when the database cannot be reached during a turn, the person is asked to try again and the
 * turn ends without touching state. State is written once, at the end of a turn, in one transaction, so a
 * turn that failed here left nothing half-written; the adapter's generic error handler (which starts the
 * conversation over) is not used for an outage, so the person keeps their place once the database is back.
 */
export class StorageOutageMiddleware implements Middleware {
  constructor(
    private readonly messages: Messages,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    try {
      await next();
    } catch (error) {
      if (!isStorageOutage(error)) throw error;
      this.logger.warn(
        { err: { message: (error as Error).message }, conversationId: context.activity.conversation?.id },
        'storage unreachable during a turn; asked the person to try again',
      );
      await say(context, { text: this.messages.text('storage_unavailable') });
    }
  }
}
