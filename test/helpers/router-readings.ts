import type { Recognition } from '../../src/language/intents';
import type { MessageRouter } from '../../src/language/message-router';

/**
 * Routing tests fix the classifier's reading, so that the vocabulary of knowledge/routing.yaml and knowledge/intents.yaml
 * decides the route, and check a message under several readings at once (the ones that misled the router before).
 */

/** A classifier reading of the message as `intent`, at a confident score unless told. */
export const read = (intent: Recognition['intent'], score = 0.9): Recognition => ({ intent, score, entities: [] });

/** The route a message takes under each of `readings`, in their order. */
export const routesUnder =
  (router: MessageRouter, readings: readonly Recognition[]) =>
  (text: string): string[] =>
    readings.map((recognition) => router.route(text, recognition).kind);

/** The same route under each of `readings`: what `routesUnder` gives for a message every reading leaves alone. */
export const sameUnder =
  (readings: readonly Recognition[]) =>
  (kind: string): string[] =>
    readings.map(() => kind);

/**
 * The four readings that misled the router before (round 10 on): an off-topic, a question, a recommendation and no
 * intent at a low score. Routing tests check a message under all of them, so the vocabulary alone decides its route.
 */
export const MISLEADING_READINGS: readonly Recognition[] = [
  read('out_of_scope'),
  read('ask_question'),
  read('get_recommendation'),
  read('none', 1),
];
