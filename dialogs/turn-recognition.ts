import { ActivityTypes, type TurnContext } from 'botbuilder';
import { NO_INTENT, type Recognition, type Recognizer } from '../src/language/intents';

const TURN_STATE_KEY = Symbol('lymph.recognition');
const NOTHING: Recognition = { intent: NO_INTENT, score: 0, entities: [] };

/**
 * Recognizes the turn's message once. MainDialog, the interruption check and a capability dialog may
 * all ask; the recognizer (possibly a cloud call) runs only the first time.
 */
export async function recognizeTurn(context: TurnContext, recognizer: Recognizer): Promise<Recognition> {
  const cached = context.turnState.get(TURN_STATE_KEY) as Recognition | undefined;
  if (cached) return cached;
  const text = context.activity.type === ActivityTypes.Message ? (context.activity.text ?? '').trim() : '';
  const recognition = text ? await recognizer.recognize(text) : NOTHING;
  context.turnState.set(TURN_STATE_KEY, recognition);
  return recognition;
}
