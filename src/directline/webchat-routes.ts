import type { Request, Response, Server } from 'restify';
import type { WebchatContent } from '../channels/channel-content';
import type { DirectLineStore } from '../storage/directline-store';
import type { AzureDirectLineTokens } from './azure-token-client';
import { WebchatTokenRequestSchema } from './schemas';
import { type DirectLineTokens, randomId } from './tokens';
import type { Spa } from '../content/spa';
import type { Logger } from '../log';
import { describeIssue } from '../http/activity-schema';
import { webSocketOrigin } from './request-base';
import { sendError } from '../http/errors';
import { demoPage, type FrameAssets, framePage } from '../http/static/pages';
import { newNonce, setCommonHeaders, setPageHeaders } from '../http/static/security-headers';
import { asset, readPublicFile, sendAsset, webChatBundle } from '../http/static/static-assets';
import { newUserId } from './routes';
import { AzureDirectLineError } from '../errors';
import { statusOfError } from '../http/errors';

/** The widget's colour when a page sets none: the spa green, white text on it passes WCAG AA (6.3:1). */
export const DEFAULT_ACCENT = '#2E6B5E';
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const HOUR = 3600;
const DAY = 86_400;
/** Enough to name every misconfigured site, bounded so hostile Origin headers cannot grow it. */
const MAX_REFUSED_LOGGED = 100;

export interface WebchatRouteDependencies {
  spa: Spa;
  words: WebchatContent;
  /** The assistant's first message (messages.yaml `welcome`), shown at once while the chat connects. */
  welcome: string;
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
    welcome: deps.welcome,
    loadingLabel: words.loadingLabel,
    inputPlaceholder: words.inputPlaceholder,
    sendLabel: words.sendLabel,
    unreadLabel: words.unreadLabel,
    notAllowedLog: words.notAllowedLog,
  };
  const javascript = 'application/javascript; charset=utf-8';
  const css = 'text/css; charset=utf-8';
  // What the chat frame loads goes under content-hashed, immutable URLs: a returning visitor's browser
  // never asks again, and a new release changes the URL.
  const hashed = {
    bundle: asset(bundle.body, javascript, { maxAge: DAY, immutable: true }),
    script: asset(readPublicFile('frame.js'), javascript, { maxAge: HOUR, immutable: true }),
    style: asset(readPublicFile('frame.css'), css, { maxAge: HOUR, immutable: true }),
  };
  const frameAssets: FrameAssets = {
    bundle: `/webchat/webchat.${hashed.bundle.hash}.js`,
    script: `/webchat/frame.${hashed.script.hash}.js`,
    style: `/webchat/frame.${hashed.style.hash}.css`,
  };
  const assets = {
    '/embed.js': asset(
      readPublicFile('embed.js').replace('/*LYMPH_DEFAULTS*/ {}', JSON.stringify(embedDefaults)),
      javascript,
      { maxAge: 5 * 60, resourcePolicy: 'cross-origin' },
    ),
    '/webchat/embed.css': asset(readPublicFile('embed.css'), css, {
      maxAge: HOUR,
      resourcePolicy: 'cross-origin',
    }),
    '/webchat/site.css': asset(readPublicFile('site.css'), css, { maxAge: HOUR }),
    [frameAssets.style]: hashed.style,
    [frameAssets.script]: hashed.script,
    [frameAssets.bundle]: hashed.bundle,
    // The unversioned names stay for pages that link them directly: a day, revalidated by ETag.
    '/webchat/frame.css': asset(hashed.style.body, css, { maxAge: HOUR }),
    '/webchat/frame.js': asset(hashed.script.body, javascript, { maxAge: HOUR }),
    '/webchat/webchat.js': asset(bundle.body, javascript, { maxAge: DAY }),
  };
  for (const [path, file] of Object.entries(assets)) {
    server.get(path, async (req: Request, res: Response) => sendAsset(req, res, file));
    server.head(path, async (req: Request, res: Response) => sendAsset(req, res, file));
  }

  // /embed.js asks this before it shows the button, so a site that may not frame the chat gets no
  // broken frame: the widget stays hidden and says why in the browser console. Each refused site is
  // logged once per process, so the owner finds the setting to change without a log line per visit.
  const refusedLogged = new Set<string>();
  server.get('/webchat/allowed', async (req: Request, res: Response) => {
    setCommonHeaders(res);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    const site = req.headers.origin;
    const allowed = typeof site !== 'string' || isAllowedSite(site, deps.origin(req), deps.allowedOrigins);
    if (!allowed && refusedLogged.size < MAX_REFUSED_LOGGED && !refusedLogged.has(site)) {
      refusedLogged.add(site);
      deps.logger.warn(
        { origin: site.slice(0, 200) },
        'web chat refused a site that is not in WEBCHAT_ALLOWED_ORIGINS (the widget hides itself there)',
      );
    }
    res.json({ allowed });
  });

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
      framePage(
        words,
        {
          nonce,
          accent,
          accentText: readableTextOn(accent),
          botSaid: words.botSaidLabel,
          placeholder: words.inputPlaceholder,
          teamLabel: words.teamLabel,
          locale: 'en-US',
        },
        frameAssets,
      ),
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
      sendError(res, statusOfError(error), 'the chat service is not reachable');
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

/** Whether a site (an Origin header) may show the widget: this origin, a listed one, or any when "*" is listed. */
export function isAllowedSite(site: string, own: string, allowed: readonly string[]): boolean {
  return site === own || allowed.includes('*') || allowed.includes(site);
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
