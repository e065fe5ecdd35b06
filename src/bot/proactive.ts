import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { toActivity } from '../../dialogs/reply';
import type { ProactiveMessenger } from '../handoff/handoff-service';

/**
 * Sends a message into a person's conversation outside their turn: continueConversationAsync on the
 * conversation reference stored with the ticket (awaited, so a failure reaches the caller). The reference's
 * serviceUrl says where the reply goes: the channel's connector, our Direct Line, or a test's local connector.
 */
export class AdapterProactiveMessenger implements ProactiveMessenger {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  async send(reference: Readonly<Record<string, unknown>>, text: string, format?: 'plain'): Promise<void> {
    await this.adapter.continueConversationAsync(
      this.botAppId,
      reference as Partial<ConversationReference> as ConversationReference,
      async (context) => {
        const activity = toActivity({ text });
        // Staff words are shown as typed: Web Chat and Teams render neither Markdown nor HTML in plain text.
        if (format === 'plain') activity.textFormat = 'plain';
        await context.sendActivity(activity);
      },
    );
  }
}
