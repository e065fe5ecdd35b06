import type { ConversationState, Middleware, TurnContext } from 'botbuilder';
import type { DialogDependencies } from '../conversation/dialog-dependencies';
import { say } from '../conversation/reply';
import { recognizeTurn, SYMPTOM_TURN } from '../conversation/turn-recognition';
import type { Intent } from '../language/intents';
import type { RedFlagContent } from '../screening';

/** Intents that still get their own answer when the message describes a symptom. */
const ANSWERED_WITH_SYMPTOMS: ReadonlySet<Intent> = new Set([
  'ask_question',
  'get_recommendation',
  'book',
  'talk_to_human',
  'tell_me_more',
  'complaint',
]);

export interface SafetyNetDependencies {
  redFlags: RedFlagContent;
  conversationState: ConversationState;
  dialogs: Pick<DialogDependencies, 'recognizer' | 'localRecognizer' | 'memory' | 'messages'>;
  emergencyNumber: string;
}

/**
 * The last safety layer: a message that describes a symptom but was no confident red flag (marked by
 * the red-flag middleware) never gets a command or a plain fallback. Registered after the hand-off
 * relay, so a message for a team member in a live chat goes to them, and it lets a running health
 * check read its answer (the health check asks about urgent symptoms itself).
 *
 * The safety net comes first: "if this is happening now and feels serious, call…", a call button and
 * a person. When the recognizer found a question, booking, a person or a complaint, that still gets its
 * answer after it; anything else (no intent, a command, small talk) gets the safety net only.
 */
export class SafetyNetMiddleware implements Middleware {
  constructor(private readonly deps: SafetyNetDependencies) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.turnState.get(SYMPTOM_TURN) !== true) return next();
    if (await this.deps.dialogs.memory.healthCheckActive(context)) return next();
    const { intent } = await recognizeTurn(context, this.deps.dialogs);
    await say(context, this.safetyNet());
    if (intent !== 'none' && ANSWERED_WITH_SYMPTOMS.has(intent)) return next();
    await this.deps.conversationState.saveChanges(context);
  }

  private safetyNet() {
    const { messages } = this.deps.dialogs;
    const person = messages.text('choice_talk_to_human');
    return {
      text: messages.text('safety_net'),
      choices: [{ label: person, value: person }],
      call: { label: messages.text('safety_call_emergency'), number: this.deps.emergencyNumber },
    };
  }
}
