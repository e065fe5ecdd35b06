import type { Request, Response, Server } from 'restify';
import type { z } from 'zod';
import type { DirectLineService } from './direct-line-service';
import type { DirectLineStore } from '../storage/directline-store';
import {
  BotActivitySchema,
  ClientActivitySchema,
  ConversationIdSchema,
  StartBodySchema,
  WatermarkSchema,
} from './schemas';
import { type DirectLineTokens, randomId } from './tokens';
import { describeIssue } from '../http/activity-schema';
import { type Caller, authorizeCaller } from './caller';
import { bearerToken, webSocketOrigin } from './request-base';
import { sendError } from '../http/errors';
import { BotUnavailableError, UnknownConversationError } from '../errors';
import { statusOfError } from '../http/errors';

const BASE = '/v3/directline';

export interface DirectLineRouteDependencies {
  service: DirectLineService;
  store: DirectLineStore;
  tokens: DirectLineTokens;
  /** The origin the caller reached us at, for the streamUrl. */
  origin: (req: Request) => string;
}

/** New users get ids of this shape; "dl_" is left to Azure-style ids bound by a site's own backend. */
export const newUserId = () => randomId('u_');

/**
 * The Direct Line 3.0 API that Web Chat and directlinejs speak, self-hosted: tokens, conversations,
 * activities by watermark, and the WebSocket streamUrl (src/directline/stream.ts). Every body and parameter
 * is checked; failures are 4xx with a reason.
 */
export function registerDirectLineRoutes(server: Server, deps: DirectLineRouteDependencies): void {
  const { service, store, tokens } = deps;

  const conversationJson = (req: Request, conversationId: string, userId: string, watermark?: number) => {
    const issued = tokens.issue(conversationId, userId);
    const query = new URLSearchParams({ t: issued.token });
    if (watermark !== undefined) query.set('watermark', String(watermark));
    return {
      conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
      streamUrl: `${webSocketOrigin(deps.origin(req))}${BASE}/conversations/${conversationId}/stream?${query}`,
    };
  };

  /** The caller's conversation: checks the id, the credential and that it exists (401/403/400/404). */
  const conversationFor = async (
    req: Request,
    res: Response,
  ): Promise<{ id: string; userId: string } | undefined> => {
    const id = parse(ConversationIdSchema, req.params?.conversationId, res);
    if (!id) return undefined;
    const caller: Caller | undefined = authorizeCaller(req, res, tokens, { conversationId: id });
    if (!caller) return undefined;
    const conversation = await store.getConversation(id);
    if (!conversation) {
      sendError(res, 404, 'no such conversation');
      return undefined;
    }
    return { id, userId: conversation.userId };
  };

  server.post(`${BASE}/tokens/generate`, async (req: Request, res: Response) => {
    if (!authorizeCaller(req, res, tokens, { secretOnly: true })) return;
    const body = parse(StartBodySchema, req.body ?? {}, res);
    if (!body) return;
    const conversationId = randomId();
    const issued = tokens.issue(conversationId, body.user?.id ?? newUserId());
    noStore(res);
    res.json({ conversationId, token: issued.token, expires_in: issued.expiresIn });
  });

  server.post(`${BASE}/tokens/refresh`, async (req: Request, res: Response) => {
    const caller = authorizeCaller(req, res, tokens);
    if (!caller) return;
    if (caller.kind !== 'token') return sendError(res, 400, 'refresh needs a token, not the secret');
    const issued = tokens.issue(caller.claims.conversationId, caller.claims.userId);
    noStore(res);
    res.json({
      conversationId: caller.claims.conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
    });
  });

  server.post(`${BASE}/conversations`, async (req: Request, res: Response) => {
    const caller = authorizeCaller(req, res, tokens);
    if (!caller) return;
    const body = parse(StartBodySchema, req.body ?? {}, res);
    if (!body) return;
    // With a token the conversation and user are the token's; only the secret holder may name a user.
    const conversationId = caller.kind === 'token' ? caller.claims.conversationId : randomId();
    const userId = caller.kind === 'token' ? caller.claims.userId : (body.user?.id ?? newUserId());
    const started = await botTurn(res, () =>
      service.startConversation(conversationId, userId, { locale: body.locale }),
    );
    if (!started) return;
    noStore(res);
    res.status(started.value.created ? 201 : 200);
    res.json(conversationJson(req, conversationId, userId));
  });

  server.get(`${BASE}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const target = await conversationFor(req, res);
    if (!target) return;
    const watermark = parse(WatermarkSchema, req.query?.watermark, res);
    if (watermark === undefined) return;
    noStore(res);
    res.json(conversationJson(req, target.id, target.userId, watermark));
  });

  server.get(`${BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const target = await conversationFor(req, res);
    if (!target) return;
    const watermark = parse(WatermarkSchema, req.query?.watermark, res);
    if (watermark === undefined) return;
    const page = await service.activitiesAfter(target.id, watermark);
    noStore(res);
    res.json({
      activities: page.activities.map((stored) => stored.activity),
      watermark: String(page.watermark),
    });
  });

  server.post(`${BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const target = await conversationFor(req, res);
    if (!target) return;
    const activity = parse(ClientActivitySchema, req.body, res);
    if (!activity) return;
    const posted = await botTurn(res, () => service.postFromUser(target.id, target.userId, activity));
    if (!posted) return;
    res.json({ id: posted.value });
  });

  server.post(`${BASE}/conversations/:conversationId/upload`, async (_req: Request, res: Response) => {
    sendError(res, 415, 'file uploads are not supported');
  });
}

/**
 * The connector side for our own Direct Line conversations: the bot's replies and proactive messages arrive
 * at POST /v3/conversations/{id}/activities[/{replyToId}] (the Bot Connector API), authorised by the internal
 * connector key, and go into the conversation's history and open streams.
 */
export function registerDirectLineConnectorRoutes(
  server: Server,
  deps: Pick<DirectLineRouteDependencies, 'service' | 'store' | 'tokens'>,
): void {
  const { service, store, tokens } = deps;
  const handler = async (req: Request, res: Response) => {
    const key = bearerToken(req);
    if (!key || !tokens.isConnectorKey(key))
      return sendError(res, 401, 'not authorised to post to this conversation');
    const id = parse(ConversationIdSchema, req.params?.conversationId, res);
    if (!id) return;
    const activity = parse(BotActivitySchema, req.body, res);
    if (!activity) return;
    if (!(await store.getConversation(id))) return sendError(res, 404, 'no such conversation');
    try {
      res.json({
        id: await service.postFromBot(id, activity as Parameters<DirectLineService['postFromBot']>[1]),
      });
    } catch (error) {
      if (error instanceof UnknownConversationError)
        return sendError(res, statusOfError(error), 'no such conversation');
      throw error;
    }
  };
  server.post('/v3/conversations/:conversationId/activities', handler);
  server.post('/v3/conversations/:conversationId/activities/:activityId', handler);
}

function parse<S extends z.ZodType>(schema: S, value: unknown, res: Response): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  if (!result.success) {
    sendError(res, 400, describeIssue(result.error));
    return undefined;
  }
  return result.data;
}

/** Runs work that includes a bot turn; a failed turn answers 502, as Azure's Direct Line does. */
async function botTurn<T>(res: Response, work: () => Promise<T>): Promise<{ value: T } | undefined> {
  try {
    return { value: await work() };
  } catch (error) {
    if (error instanceof BotUnavailableError) {
      sendError(res, statusOfError(error), 'the bot did not accept the activity');
      return undefined;
    }
    throw error;
  }
}

function noStore(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
}
