import type { Response } from 'restify';
import {
  AzureDirectLineError,
  BotUnavailableError,
  ConfigError,
  ConflictError,
  ContentError,
  UnknownConversationError,
} from '../errors';
import type { HandoffRefusal } from '../handoff/handoff-service';

/**
 * The one table from domain reasons and typed errors to HTTP statuses: the domain names what went wrong,
 * only the HTTP layer knows how that is said on the wire.
 */
const REFUSAL_STATUS: Readonly<Record<HandoffRefusal, number>> = {
  not_allowed: 403,
  not_found: 404,
  wrong_state: 409,
  // The person's chat (a Bot Framework channel) did not take the message: a bad gateway, as Azure says it.
  not_delivered: 502,
};

const ERROR_STATUS: ReadonlyArray<readonly [abstract new (...args: never[]) => Error, number]> = [
  [UnknownConversationError, 404],
  [ConflictError, 409],
  [BotUnavailableError, 502],
  [AzureDirectLineError, 502],
  [ContentError, 500],
  [ConfigError, 500],
];

/** The status a hand-off refusal is answered with. */
export function statusOfRefusal(refusal: HandoffRefusal): number {
  return REFUSAL_STATUS[refusal];
}

/** The status a typed error is answered with; anything else is a 500. */
export function statusOfError(error: unknown): number {
  return ERROR_STATUS.find(([type]) => error instanceof type)?.[1] ?? 500;
}

/** Every error response has the same shape: `{ error, reason }` with a status-appropriate reason. */
export function sendError(res: Response, status: number, reason: string): void {
  if (res.headersSent) return;
  res.status(status);
  res.json({ error: status, reason });
}
