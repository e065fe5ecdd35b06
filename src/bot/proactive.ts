import { ActivityTypes, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import { PERSON_CHANNEL_DATA_KEY } from '../channels/render-for-channel';
import { replyActivity } from '../conversation/reply';
import type { ProactiveMessenger, StaffLook } from '../handoff/handoff-service';

export { PERSON_CHANNEL_DATA_KEY };

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

  async send(reference: Readonly<Record<string, unknown>>, text: string, look?: StaffLook): Promise<void> {
    await this.continue(reference, async (context) => {
      // Staff words are shown as typed: Web Chat and Teams render neither Markdown nor HTML in plain text.
      const activity = replyActivity(look?.person ? { text, asTyped: true } : { text });
      if (look?.person || look?.notice) {
        activity.channelData = {
          ...(activity.channelData as Record<string, unknown>),
          [PERSON_CHANNEL_DATA_KEY]: look.person ? { ...look.person } : { notice: true },
        };
      }
      await context.sendActivity(activity);
    });
  }

  async typing(reference: Readonly<Record<string, unknown>>, person: { name: string }): Promise<void> {
    await this.continue(reference, async (context) => {
      await context.sendActivity({
        type: ActivityTypes.Typing,
        channelData: { [PERSON_CHANNEL_DATA_KEY]: { name: person.name, typing: true } },
      });
    });
  }

  /**
   * A proactive message answers no particular message. botbuilder still sets `replyToId` (to the stored
   * reference's activity, or the id of its own continuation event), and Web Chat then holds each staff
   * message back about 5 s waiting for an activity it never saw. So the reference goes without its
   * activity id and the sent activities without `replyToId`.
   */
  private async continue(
    reference: Readonly<Record<string, unknown>>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const { activityId: _answered, ...withoutActivity } = reference;
    await this.adapter.continueConversationAsync(
      this.botAppId,
      withoutActivity as Partial<ConversationReference> as ConversationReference,
      async (context) => {
        context.onSendActivities(async (_ctx, activities, next) => {
          for (const activity of activities) delete activity.replyToId;
          return next();
        });
        await logic(context);
      },
    );
  }
}
