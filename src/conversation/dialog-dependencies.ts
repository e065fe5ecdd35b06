import type { TurnContext } from 'botbuilder';
import type { Clock } from '../clock';
import type { Messages } from '../content/messages';
import type { Recognizer } from '../language/intents';
import type { Vocabulary } from '../language/vocabulary';
import type { MessageRouter } from '../language/message-router';
import type { RouteFallback } from '../language/route-fallback';
import type { Answers } from '../screening/answer';
import type { ConversationMemory } from './conversation-memory';

/** Erases everything kept about the person in this conversation (state, answers); backs "delete my data". */
export interface PersonalDataEraser {
  erase(context: TurnContext): Promise<void>;
}

/** What every dialog may use. Built once in src/app.ts and passed down. */
export interface DialogDependencies {
  recognizer: Recognizer;
  /**
   * The embedded recognizer. While a health check runs, every message may carry a health answer, so it
   * is understood here and never sent to a cloud backend (see recognizeTurn).
   */
  localRecognizer: Recognizer;
  /** Where a message goes: plain commands, a person, personal requests, out of scope, questions. */
  router: MessageRouter;
  /**
   * The route model where the router's rules are unsure (src/language/route-fallback.ts): asked by MainDialog for a
   * message no dialog is waiting on. Without it, the rules alone.
   */
  routeFallback?: RouteFallback;
  messages: Messages;
  /** The answer and command words of knowledge/vocabulary.yaml (yes/no, "why", "back", complaint cues…). */
  vocabulary: Vocabulary;
  eraser: PersonalDataEraser;
  /** This conversation's memory outside dialog stacks (answers given, safety hold, …). */
  memory: ConversationMemory;
  clock: Clock;
  /**
   * Whether a new health check can clear the safety hold a flag set (red-flags.yaml `clearedBy`); without
   * it no recorded hold is clearable by a health check, only by a clinician (the safer default).
   */
  safetyHoldClearable?: (flagId: string) => boolean;
  /** The safety context ids (recent_surgery, pregnancy…) screening answers imply, kept for the red-flag check. */
  safetyContextFromAnswers?: (answers: Answers) => string[];
}
