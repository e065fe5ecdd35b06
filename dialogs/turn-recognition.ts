import { ActivityTypes, type TurnContext } from 'botbuilder';
import { NO_INTENT, type Recognition } from '../src/language/intents';
import { readMemory } from './conversation-memory';
import type { DialogDependencies } from './dialog-dependencies';

const TURN_STATE_KEY = Symbol('lymph.recognition');
const NOTHING: Recognition = { intent: NO_INTENT, score: 0, entities: [] };

/**
 * Recognizes the turn's message once. MainDialog, the interruption check and a capability dialog may
 * all ask; the recognizer (possibly a cloud call) runs only the first time. During a health check the
 * local recognizer is used, so health answers never leave the machine whatever backend is configured.
 */
export async function recognizeTurn(
  context: TurnContext,
  deps: Pick<DialogDependencies, 'recognizer' | 'localRecognizer' | 'memory'>,
): Promise<Recognition> {
  const cached = context.turnState.get(TURN_STATE_KEY) as Recognition | undefined;
  if (cached) return cached;
  const text = context.activity.type === ActivityTypes.Message ? (context.activity.text ?? '').trim() : '';
  let recognition = NOTHING;
  if (text) {
    const memory = await readMemory(context, deps.memory);
    const recognizer = memory.healthCheckActive ? deps.localRecognizer : deps.recognizer;
    recognition = await recognizer.recognize(text);
  }
  context.turnState.set(TURN_STATE_KEY, recognition);
  return recognition;
}
