import { ActivityTypes, type TurnContext } from 'botbuilder';
import { type Intent, NO_INTENT, type Recognition } from '../language/intents';
import type { DialogDependencies } from './dialog-dependencies';

const TURN_STATE_KEY = Symbol('lymph.recognition');
const NOTHING: Recognition = { intent: NO_INTENT, score: 0, entities: [] };

/**
 * Set on the turn by the safety middleware when the message describes a symptom (and is no red flag,
 * which would have ended the turn). Read by the guard below and by the safety net.
 */
export const SYMPTOM_TURN = Symbol('lymph.symptomTurn');

/**
 * Set by the safety middleware when a message in another language asks for a person (knowledge/other-languages.yaml
 * `handoff`): the turn is that request, whatever an English recognizer would make of the words.
 */
export const PERSON_REQUESTED_TURN = Symbol('lymph.personRequestedTurn');
const PERSON_REQUESTED: Recognition = { intent: 'talk_to_human', score: 1, entities: [] };

/**
 * What a message that describes a symptom may never be taken for: it is no plain command or small talk
 * ("my chest feels weird, whatever, cancel" is not a cancel), it gets the safety net instead.
 */
export const NOT_FOR_SYMPTOMS: ReadonlySet<Intent> = new Set([
  'help',
  'cancel',
  'restart',
  'goodbye',
  'delete_my_data',
  'greeting',
  'thanks',
]);

/**
 * Recognizes the turn's message once. MainDialog, the interruption check and a capability dialog may
 * all ask; the recognizer (possibly a cloud call) runs only the first time. During a health check the
 * local recognizer is used, so health answers never leave the machine whatever backend is configured.
 * A message the safety layer marked as describing a symptom never comes back as a command.
 */
export async function recognizeTurn(
  context: TurnContext,
  deps: Pick<DialogDependencies, 'recognizer' | 'localRecognizer' | 'memory'>,
): Promise<Recognition> {
  const cached = context.turnState.get(TURN_STATE_KEY) as Recognition | undefined;
  if (cached) return cached;
  if (context.turnState.get(PERSON_REQUESTED_TURN) === true) {
    context.turnState.set(TURN_STATE_KEY, PERSON_REQUESTED);
    return PERSON_REQUESTED;
  }
  const text = context.activity.type === ActivityTypes.Message ? (context.activity.text ?? '').trim() : '';
  let recognition = NOTHING;
  if (text) {
    const recognizer = (await deps.memory.healthCheckActive(context)) ? deps.localRecognizer : deps.recognizer;
    recognition = await recognizer.recognize(text);
  }
  if (context.turnState.get(SYMPTOM_TURN) === true && recognition.intent !== NO_INTENT) {
    if (NOT_FOR_SYMPTOMS.has(recognition.intent)) recognition = { ...NOTHING, entities: recognition.entities };
  }
  context.turnState.set(TURN_STATE_KEY, recognition);
  return recognition;
}
