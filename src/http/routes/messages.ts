import type { Activity, TurnContext } from 'botbuilder';
import type { LymphAdapter } from '../../bot/adapter';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../log';
import { describeIssue, IncomingActivitySchema } from '../activity-schema';
import { sendError } from '../errors';

export interface MessagesRouteDependencies {
  adapter: LymphAdapter;
  /** The bot's turn logic. */
  logic: (context: TurnContext) => Promise<void>;
  /** Checks the Bot Framework JWT (or, without an app id, lets the anonymous local caller through). */
  authentication: BotFrameworkAuthentication;
  /** MicrosoftAppId; empty means local mode, where only loopback callers are served. */
  appId: string;
  /** Reverse proxies: a request through one is never a local caller. */
  trustedProxies: readonly string[];
  logger: Logger;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * A direct caller on this machine (the Bot Framework Emulator, tests): a loopback address and no proxy
 * headers, since a reverse proxy on the same host would make every visitor look local.
 */
export function isLocalCaller(req: Request, trustedProxies: readonly string[] = []): boolean {
  const address = req.socket?.remoteAddress ?? '';
  const viaProxy = trustedProxies.some((proxy) => address === proxy || address === `::ffff:${proxy}`);
  return (
    LOOPBACK.has(address) &&
    !viaProxy &&
    req.headers['x-forwarded-for'] === undefined &&
    req.headers.forwarded === undefined
  );
}

/**
 * POST /api/messages: the Bot Framework messaging endpoint (Azure Bot Service, the Emulator).
 *
 * Closed by default: with no app id there is no JWT to check, so only loopback callers (the Emulator) are
 * served, and never with channelId "directline" (our own Direct Line hands its activities to the bot in
 * process; a "directline" activity here is someone posing as another person's web chat). With an app id,
 * every request needs a Bot Framework JWT, and any token that cannot be verified, for whatever reason
 * (forged, expired, or the signing keys unreachable), is a 401 without detail.
 */
export function registerMessagesRoute(server: Server, deps: MessagesRouteDependencies): void {
  const { adapter, logic, authentication, appId, trustedProxies, logger } = deps;
  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = IncomingActivitySchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, `invalid activity: ${describeIssue(parsed.error)}`);
    const activity = parsed.data as unknown as Activity;
    const authHeader = req.headers.authorization ?? '';
    if (!appId) {
      if (!isLocalCaller(req, trustedProxies))
        return sendError(res, 401, 'this bot has no app id: /api/messages serves only the local Emulator');
      if (activity.channelId === 'directline')
        return sendError(res, 403, 'web chat activities do not arrive on /api/messages');
    } else if (!/^Bearer\s+\S+/i.test(authHeader)) {
      return sendError(res, 401, 'missing Bot Framework token');
    }
    let identity: AuthenticateRequestResult;
    try {
      identity = await authentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      logger.warn({ err: { name: (error as Error).name } }, 'rejected a request to /api/messages: token not verified');
      return sendError(res, 401, 'the Bot Framework token could not be verified');
    }
    const invokeResponse = await adapter.runAuthenticatedTurn(identity, activity, logic);
    if (activity.type === 'invoke') {
      // ActivityHandler answers invokes it has no handler for with 501; the bot handles no invoke names
      // itself, so such an invoke is acknowledged (200, empty body) rather than reported as a server fault.
      if (!invokeResponse || invokeResponse.status === 501) {
        res.status(200);
        res.json({});
        return;
      }
      res.status(invokeResponse.status);
      res.json(invokeResponse.body ?? {});
      return;
    }
    if (invokeResponse) {
      res.status(invokeResponse.status);
      res.json(invokeResponse.body ?? {});
      return;
    }
    res.status(200);
    res.end();
  });
}
