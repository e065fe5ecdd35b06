import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Recognition } from '../language/intents';
import type { Route } from '../language/message-router';
import type { DialogDependencies } from './dialog-dependencies';
import { PERSON_REQUESTED_TURN, recognizeTurn } from './turn-recognition';

const TURN_STATE_KEY = Symbol('lymph.understanding');

/** The turn's message read once: the recognizer's intent and the route the message router gives it. */
export interface TurnUnderstanding {
  recognition: Recognition;
  route: Route;
}

/**
 * Understands the turn's message once (the recognizer runs through recognizeTurn, with the safety
 * guard it applies); MainDialog and every interruption check share the result.
 */
export async function understandTurn(
  context: TurnContext,
  deps: Pick<DialogDependencies, 'recognizer' | 'localRecognizer' | 'memory' | 'router'>,
): Promise<TurnUnderstanding> {
  const cached = context.turnState.get(TURN_STATE_KEY) as TurnUnderstanding | undefined;
  if (cached) return cached;
  const recognition = await recognizeTurn(context, deps);
  const text = context.activity.type === ActivityTypes.Message ? (context.activity.text ?? '').trim() : '';
  const route: Route = context.turnState.get(PERSON_REQUESTED_TURN) === true
    ? { kind: 'handoff' }
    : text
      ? deps.router.route(text, recognition)
      : { kind: 'question' };
  const understanding = { recognition, route };
  context.turnState.set(TURN_STATE_KEY, understanding);
  return understanding;
}
