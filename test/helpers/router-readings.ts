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
