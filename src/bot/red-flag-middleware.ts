import { ActivityTypes, type ConversationState, type Middleware, type TurnContext } from 'botbuilder';
import { type MemoryAccessor, readMemory } from '../../dialogs/conversation-memory';
import { toActivity } from '../../dialogs/reply';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import { detectRedFlag, type RedFlagContent } from '../screening';
import { type ScreeningRecordRepository, subjectOf } from '../storage/screening-records';

export interface RedFlagMiddlewareDependencies {
  content: RedFlagContent;
  conversationState: ConversationState;
  memory: MemoryAccessor;
  events: Pick<ScreeningRecordRepository, 'recordSafetyEvent'>;
  clock: Clock;
  logger?: Logger;
}

/**
 * Reads every message before any dialog does: during a screening, a knowledge question, a deletion
 * confirmation or no dialog at all. On a red flag it sends the urgent advice, sets the safety hold in
 * conversation memory, saves the conversation state itself and records a safety event (flag and time,
 * never the message).
 *
 * The turn then stops. The advice is the whole answer: nothing else is said in the same breath, and
 * the active dialog stays where it was, so the person can carry on after getting help. The hold blocks
 * every recommendation until a screening completed after it; a screening that was in progress starts
 * its questions again on the next message, because its earlier answers predate the symptom.
 */
export class RedFlagMiddleware implements Middleware {
  constructor(private readonly deps: RedFlagMiddlewareDependencies) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    const text = activity.type === ActivityTypes.Message ? (activity.text ?? '').trim() : '';
    const match = text ? detectRedFlag(text, this.deps.content) : null;
    if (!match) return next();

    const at = this.deps.clock.now();
    try {
      await context.sendActivity(toActivity({ text: match.advice, kind: 'urgent' }));
    } finally {
      // Even when sending failed, the hold and the audit event must stay.
      const memory = await readMemory(context, this.deps.memory);
      memory.safetyHoldSince = at.toISOString();
      await this.deps.conversationState.saveChanges(context);
      await this.recordEvent(context, match.flagId, at);
    }
  }

  private async recordEvent(context: TurnContext, flagId: string, at: Date): Promise<void> {
    try {
      await this.deps.events.recordSafetyEvent({ ...subjectOf(context.activity), flagId, at });
    } catch (error) {
      // The person already has the advice and the hold is saved; a lost audit line must not turn into
      // an error message that clears the conversation.
      this.deps.logger?.warn(
        {
          err: { message: (error as Error).message },
          conversationId: context.activity.conversation?.id,
          flagId,
        },
        'could not record a safety event',
      );
    }
  }
}
