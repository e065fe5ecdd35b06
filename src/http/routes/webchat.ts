import type { Request, Response, Server } from 'restify';
import type { WebchatContent } from '../../channels/channel-content';
import type { DirectLineStore } from '../../directline/conversation-store';
import { AzureDirectLineError, type AzureDirectLineTokens } from '../../directline/azure-token-client';
import { WebchatTokenRequestSchema } from '../../directline/schemas';
import { type DirectLineTokens, randomId } from '../../directline/tokens';
import type { Spa } from '../../kb/spa';
import type { Logger } from '../../log';
import { describeIssue } from '../activity-schema';
import { webSocketOrigin } from '../directline/request-base';
import { sendError } from '../errors';
import { demoPage, framePage } from '../static/pages';
import { newNonce, setCommonHeaders, setPageHeaders } from '../static/security-headers';
import { asset, readPublicFile, sendAsset, webChatBundle } from '../static/static-assets';
import { newUserId } from './directline';

/** The widget's colour when a page sets none: the spa green, white text on it passes WCAG AA (6.3:1). */
export const DEFAULT_ACCENT = '#2E6B5E';
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const HOUR = 3600;
const DAY = 86_400;

export interface WebchatRouteDependencies {
  spa: Spa;
  words: WebchatContent;
  tokens: DirectLineTokens;
  store: DirectLineStore;
  /** Set when AZURE_DIRECTLINE_SECRET is: the page then talks to Azure's Direct Line instead of ours. */
  azure?: AzureDirectLineTokens;
  /** Sites allowed to frame the chat (CSP frame-ancestors). */
  allowedOrigins: readonly string[];
  origin: (req: Request) => string;
  logger: Logger;
}

/**
 * The website chat: the demo page (/), the embed script any site adds with one tag (/embed.js), the chat
 * frame it opens (/webchat/frame), Web Chat's bundle and our small assets, and the same-origin token
 * endpoint (POST /api/webchat/token) that keeps every Direct Line secret on the server.
 */
export function registerWebchatRoutes(server: Server, deps: WebchatRouteDependencies): void {
  const { spa, words } = deps;
  const bundle = webChatBundle();
  const embedDefaults = {
    color: DEFAULT_ACCENT,
    launcherLabel: words.launcherLabel,
    panelTitle: words.panelTitle,
    closeLabel: words.closeLabel,
    greeting: words.greeting,
    greetingDismissLabel: words.greetingDismissLabel,
  };
  const assets = {
    '/embed.js': asset(
      readPublicFile('embed.js').replace('/*LYMPH_DEFAULTS*/ {}', JSON.stringify(embedDefaults)),
      'application/javascript; charset=utf-8',
      { maxAge: 5 * 60, resourcePolicy: 'cross-origin' },
    ),
    '/webchat/embed.css': asset(readPublicFile('embed.css'), 'text/css; charset=utf-8', {
      maxAge: HOUR,
      resourcePolicy: 'cross-origin',
    }),
    '/webchat/site.css': asset(readPublicFile('site.css'), 'text/css; charset=utf-8', { maxAge: HOUR }),
    '/webchat/frame.css': asset(readPublicFile('frame.css'), 'text/css; charset=utf-8', { maxAge: HOUR }),
    '/webchat/frame.js': asset(readPublicFile('frame.js'), 'application/javascript; charset=utf-8', {
      maxAge: HOUR,
    }),
    // Versioned by its ETag; a day is long enough to spare repeat visitors 3.9 MB and short enough for upgrades.
    '/webchat/webchat.js': asset(bundle.body, 'application/javascript; charset=utf-8', { maxAge: DAY }),
  };
  for (const [path, file] of Object.entries(assets)) {
    server.get(path, async (req: Request, res: Response) => sendAsset(req, res, file));
    server.head(path, async (req: Request, res: Response) => sendAsset(req, res, file));
  }

  const page = demoPage(spa, words);
  server.get('/', async (_req: Request, res: Response) => {
    setPageHeaders(res, { frameAncestors: 'none', frameSelf: true });
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.writeHead(200);
    res.end(page);
  });

  server.get('/webchat/frame', async (req: Request, res: Response) => {
    const accent = pickColour(req.query?.accent) ?? DEFAULT_ACCENT;
    const nonce = newNonce();
    const connect = [webSocketOrigin(deps.origin(req))];
    if (deps.azure) connect.push(originOf(deps.azure.domain), webSocketOrigin(originOf(deps.azure.domain)));
    setPageHeaders(res, { frameAncestors: deps.allowedOrigins, connect, styleNonce: nonce });
    res.writeHead(200);
    res.end(
      framePage(words, {
        nonce,
        accent,
        accentText: readableTextOn(accent),
        botSaid: words.botSaidLabel,
        placeholder: words.inputPlaceholder,
        locale: 'en-US',
      }),
    );
  });

  server.post('/api/webchat/token', async (req: Request, res: Response) => {
    setCommonHeaders(res);
    res.setHeader('Cache-Control', 'no-store');
    const parsed = WebchatTokenRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) return sendError(res, 400, describeIssue(parsed.error));
    try {
      res.json(
        deps.azure ? await azureSession(deps.azure, parsed.data) : await ownSession(deps, req, parsed.data),
      );
    } catch (error) {
      if (!(error instanceof AzureDirectLineError)) throw error;
      deps.logger.warn({ err: { message: error.message } }, 'Azure Direct Line token exchange failed');
      sendError(res, 502, 'the chat service is not reachable');
    }
  });
}

/** What the chat frame needs to connect: where Direct Line is, and a token for one conversation. */
export interface WebchatSession {
  domain: string;
  conversationId: string;
  token: string;
  userId: string;
  /** True when the token continues the conversation the page asked about (the history comes back). */
  resumed: boolean;
}

async function ownSession(
  deps: WebchatRouteDependencies,
  req: Request,
  resume: { conversationId?: string; token?: string },
): Promise<WebchatSession> {
  const domain = `${deps.origin(req)}/v3/directline`;
  if (resume.conversationId && resume.token) {
    const check = deps.tokens.verify(resume.token);
    if (check.ok && check.claims.conversationId === resume.conversationId) {
      const conversation = await deps.store.getConversation(resume.conversationId);
      if (conversation) {
        const { token } = deps.tokens.issue(conversation.id, conversation.userId);
        return { domain, conversationId: conversation.id, token, userId: conversation.userId, resumed: true };
      }
    }
  }
  const conversationId = randomId();
  const userId = newUserId();
  const { token } = deps.tokens.issue(conversationId, userId);
  return { domain, conversationId, token, userId, resumed: false };
}

async function azureSession(
  azure: AzureDirectLineTokens,
  resume: { conversationId?: string; token?: string },
): Promise<WebchatSession> {
  if (resume.conversationId && resume.token) {
    try {
      const refreshed = await azure.refresh(resume.token);
      if (refreshed.conversationId === resume.conversationId) {
        // Azure's token carries the user id; the page keeps the one it was first given.
        return { domain: azure.domain, ...only(refreshed), userId: '', resumed: true };
      }
    } catch (error) {
      if (!(error instanceof AzureDirectLineError)) throw error;
      // An expired or foreign token starts a new conversation, as with our own Direct Line.
    }
  }
  // Azure reserves the "dl_" prefix for user ids a trusted server binds into the token.
  const userId = randomId('dl_');
  const generated = await azure.generate(userId);
  return { domain: azure.domain, ...only(generated), userId, resumed: false };
}

function only(token: { conversationId: string; token: string }): { conversationId: string; token: string } {
  return { conversationId: token.conversationId, token: token.token };
}

function pickColour(value: unknown): string | undefined {
  return typeof value === 'string' && COLOUR.test(value) ? value : undefined;
}

function originOf(url: string): string {
  return new URL(url).origin;
}

/** White or near-black, whichever contrasts more with the background (WCAG relative luminance). */
export function readableTextOn(hex: string): string {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  const contrastWithDark = (luminance + 0.05) / 0.0603; // #1a1a1a
  return contrastWithWhite >= contrastWithDark ? '#ffffff' : '#1a1a1a';
}
