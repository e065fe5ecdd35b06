import type { Request, Response } from 'restify';
import type { TokenClaims } from './tokens';
import type { DirectLineTokens } from './tokens';
import { sendError } from '../http/errors';
import { bearerToken } from './request-base';

/** Who is calling Direct Line: a server holding the secret, or a client holding a conversation's token. */
export type Caller = { kind: 'secret' } | { kind: 'token'; claims: TokenClaims };

/**
 * Checks the bearer credential; on failure answers 401 (none) or 403 (wrong, expired, or for another
 * conversation: directlinejs treats 403 as "get a new token") and returns undefined.
 */
export function authorizeCaller(
  req: Request,
  res: Response,
  tokens: DirectLineTokens,
  options: { conversationId?: string; secretOnly?: boolean } = {},
): Caller | undefined {
  const credential = bearerToken(req);
  if (!credential) {
    sendError(res, 401, 'missing Authorization: Bearer credential');
    return undefined;
  }
  if (tokens.isSecret(credential)) return { kind: 'secret' };
  if (options.secretOnly) {
    sendError(res, 403, 'this endpoint needs the Direct Line secret');
    return undefined;
  }
  const check = tokens.verify(credential);
  if (!check.ok) {
    sendError(res, 403, check.reason === 'expired' ? 'token has expired' : 'token is not valid');
    return undefined;
  }
  if (options.conversationId !== undefined && check.claims.conversationId !== options.conversationId) {
    sendError(res, 403, 'token is for another conversation');
    return undefined;
  }
  return { kind: 'token', claims: check.claims };
}
