import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../log';
import type { ActivityHub, ActivitySet } from './activity-hub';
import type { DirectLineStore } from '../storage/directline-store';
import { ConversationIdSchema, WatermarkSchema } from './schemas';
import type { DirectLineTokens } from './tokens';

export const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;
/** Proxies drop quiet connections; Azure's Direct Line sends an empty message now and then, and so do we. */
const KEEPALIVE_MS = 25_000;

export interface DirectLineStreams {
  /** Closes every stream and stops accepting new ones (shutdown). */
  close(): void;
}

/**
 * The Direct Line `streamUrl`: a WebSocket on the same HTTP server. A client connects with its token in
 * `t` (or an Authorization header) and an optional watermark; it first gets everything after the watermark
 * from the store, then each new activity as it is stored. Upgrades to any other path are refused.
 */
export function attachDirectLineStreams(
  httpServer: Server,
  deps: { store: DirectLineStore; hub: ActivityHub; tokens: DirectLineTokens; logger: Logger },
): DirectLineStreams {
  const { store, hub, tokens, logger } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  let closing = false;

  const refuse = (socket: Duplex, status: number, reason: string) => {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match || closing) return refuse(socket, 404, 'Not Found');
    const conversationId = safeDecode(match[1]!);
    const watermark = WatermarkSchema.safeParse(url.searchParams.get('watermark') ?? undefined);
    if (!conversationId || !ConversationIdSchema.safeParse(conversationId).success || !watermark.success)
      return refuse(socket, 400, 'Bad Request');
    const credential =
      url.searchParams.get('t') ?? /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!credential) return refuse(socket, 401, 'Unauthorized');
    if (!tokens.isSecret(credential)) {
      const check = tokens.verify(credential);
      if (!check.ok || check.claims.conversationId !== conversationId)
        return refuse(socket, 403, 'Forbidden');
    }
    void store.getConversation(conversationId).then(
      (conversation) => {
        if (!conversation) return refuse(socket, 404, 'Not Found');
        wss.handleUpgrade(req, socket, head, (ws) => serve(ws, conversationId, watermark.data));
      },
      () => refuse(socket, 500, 'Internal Server Error'),
    );
  };

  const serve = (ws: WebSocket, conversationId: string, after: number) => {
    // Subscribe before reading the backlog so nothing stored in between is lost; hold live sets until the
    // backlog is out, then send only what the backlog did not already cover.
    let sent = after;
    let pending: ActivitySet[] | undefined = [];
    const send = (set: ActivitySet) => {
      if (ws.readyState !== ws.OPEN) return;
      if (set.watermark !== undefined) {
        const mark = Number(set.watermark);
        if (mark <= sent) return;
        sent = mark;
      }
      ws.send(JSON.stringify(set));
    };
    const unsubscribe = hub.subscribe(conversationId, (set) => (pending ? pending.push(set) : send(set)));
    ws.on('close', unsubscribe);
    ws.on('error', () => ws.terminate());
    // Clients ping with empty messages; there is nothing else for them to send here.
    ws.on('message', () => undefined);
    void (async () => {
      try {
        while (ws.readyState === ws.OPEN) {
          const page = await store.activitiesAfter(conversationId, sent);
          if (page.activities.length === 0) break;
          send({ activities: page.activities.map((s) => s.activity), watermark: String(page.watermark) });
        }
        const live = pending ?? [];
        pending = undefined;
        for (const set of live) send(set);
      } catch (error) {
        logger.warn(
          { err: { message: (error as Error).message }, conversationId },
          'Direct Line stream backlog failed',
        );
        ws.close(1011);
      }
    })();
  };

  const keepalive = setInterval(() => {
    for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.send('');
  }, KEEPALIVE_MS);
  keepalive.unref();

  httpServer.on('upgrade', onUpgrade);
  return {
    close() {
      closing = true;
      clearInterval(keepalive);
      httpServer.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
