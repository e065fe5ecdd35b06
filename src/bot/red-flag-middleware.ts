import { ActivityTypes, type ConversationState, type Middleware, type TurnContext } from 'botbuilder';
import type { ConversationMemory } from '../conversation/conversation-memory';
import { type Reply, say } from '../conversation/reply';
import { PERSON_REQUESTED_TURN, SYMPTOM_TURN } from '../conversation/turn-recognition';
import type { Clock } from '../clock';
import type { Messages } from '../content/messages';
import type { Logger } from '../log';
import { checkSafety, isUrgentReading, OTHER_LANGUAGE_FLAG, type SafetyContent } from '../screening/safety-check';
import { type ScreeningRecordRepository, subjectOf } from '../screening/screening-records';

export interface RedFlagMiddlewareDependencies {
  content: SafetyContent;
  messages: Messages;
  emergencyNumber: string;
  conversationState: ConversationState;
  memory: ConversationMemory;
  events: Pick<ScreeningRecordRepository, 'recordSafetyEvent'>;
  clock: Clock;
  logger?: Logger;
}

/**
 * The safety layer. Reads every message before any dialog does: during a screening, a knowledge
 * question, a deletion confirmation, a wait for staff, a staff chat or no dialog at all.
 *
 * - A red flag (or emergency/crisis words in another language) gets the urgent advice with a call
 *   button and an offer of a person; the turn stops there, the safety hold is set in conversation memory
 *   and a safety event is recorded (flag, time, channel: never the message). The active dialog stays
 *   where it was, so the person can carry on after getting help.
 * - A message in another language that is no emergency gets "I speak English" and a person; it never
 *   reaches a dialog (so it never starts a health check). One that asks for a person (round 13) gets a line in
 *   its language and goes on as a request for a person (`PERSON_REQUESTED_TURN`): the hand-off starts.
 * - A message that describes a symptom is marked on the turn (`SYMPTOM_TURN`): the recognizer guard
 *   keeps it from becoming a command, and the safety net middleware answers it when nothing else should. So is a
 *   lexicon red flag the urgency model doubts (round 57): the safety net, no hold, and a log line naming the flag.
 * Context ids the message mentions (recent surgery, pregnancy…) are kept in memory for later messages.
 */
export class RedFlagMiddleware implements Middleware {
  constructor(private readonly deps: RedFlagMiddlewareDependencies) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    const text = activity.type === ActivityTypes.Message ? (activity.text ?? '').trim() : '';
    if (!text) return next();
    const known = await this.deps.memory.safetyContexts(context);
    const verdict = checkSafety(text, this.deps.content, [...known]);
    await this.deps.memory.addSafetyContexts(context, verdict.contexts.filter((id) => !known.includes(id)));

    if (verdict.kind === 'red_flag') {
      return this.urgent(context, verdict.match.flagId, { text: verdict.match.advice });
    }
    if (verdict.kind === 'other_language') {
      const { reading } = verdict;
      const person = reading.talkToPerson ?? this.deps.messages.text('choice_talk_to_human');
      const choices = [{ label: person, value: this.deps.messages.text('choice_talk_to_human') }];
      if (isUrgentReading(reading)) {
        return this.urgent(context, OTHER_LANGUAGE_FLAG[reading.kind], { text: reading.text, choices });
      }
      if (reading.kind === 'handoff') {
        // A person asked for in another language: said so in that language, then the dialogs hand the
        // conversation to the team as for "a real person, please" (MainDialog reads the turn as a hand-off).
        await say(context, { text: reading.text });
        context.turnState.set(PERSON_REQUESTED_TURN, true);
        return next();
      }
      await say(context, { text: reading.text, choices });
      await this.deps.conversationState.saveChanges(context);
      return;
    }
    if (verdict.kind === 'symptom') {
      context.turnState.set(SYMPTOM_TURN, true);
      // Which flag was doubted (never the message), so a clinician reviewing the model can count them.
      if (verdict.doubtedFlag) {
        this.deps.logger?.info(
          { conversationId: context.activity.conversation?.id, flagId: verdict.doubtedFlag },
          'a red flag the urgency model doubted: the safety net answers',
        );
      }
    }
    return next();
  }

  private async urgent(context: TurnContext, flagId: string, reply: Omit<Reply, 'kind'>): Promise<void> {
    const { messages, emergencyNumber } = this.deps;
    const at = this.deps.clock.now();
    try {
      await say(context, {
        choices: [{ label: messages.text('choice_talk_to_human'), value: messages.text('choice_talk_to_human') }],
        ...reply,
        kind: 'urgent',
        call: { label: messages.text('safety_call_emergency'), number: emergencyNumber },
      });
    } finally {
      // Even when sending failed, the hold and the audit event must stay.
      await this.deps.memory.placeSafetyHold(context, at);
      await this.deps.conversationState.saveChanges(context);
      await this.recordEvent(context, flagId, at);
    }
  }

  private async recordEvent(context: TurnContext, flagId: string, at: Date): Promise<void> {
    try {
      await this.deps.events.recordSafetyEvent({
        ...subjectOf(context.activity),
        flagId,
        at,
        ...(context.activity.channelId ? { channelId: context.activity.channelId } : {}),
      });
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
