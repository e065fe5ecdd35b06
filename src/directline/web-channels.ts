import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { WebchatContent } from '../channels/channel-content';
import type { Config } from '../config';
import { AzureDirectLineTokens } from './azure-token-client';
import { DirectLine } from './direct-line';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Clock } from '../clock';
import type { ClusterBus } from '../storage/cluster';
import type { DirectLineStore } from '../storage/directline-store';
import type { Spa } from '../content/spa';
import type { Logger } from '../log';
import { registerDirectLineConnectorRoutes, registerDirectLineRoutes } from './routes';
import { registerWebchatRoutes } from './webchat-routes';
import { requestOrigin } from './request-base';

export interface WebChannelParts {
  /** Conversations and their history, and the secret tokens are signed with (src/storage/stores.ts). */
  stores: {
    directLine: DirectLineStore;
    directLineSecret: string;
    postgres?: unknown;
    cluster: { bus: ClusterBus };
  };
  spa: Spa;
  words: WebchatContent;
  /** The assistant's welcome, shown at once when the chat opens. */
  welcome: string;
  clock: Clock;
  logger: Logger;
}

export interface WebChannels {
  readonly directLine: DirectLine;
  /** Wraps the Bot Framework authentication so the bot's replies to web chat come back here (before the adapter exists). */
  routeReplies(inner: BotFrameworkAuthentication): BotFrameworkAuthentication;
  /** Starts Direct Line and the website chat on the server, delivering to the bot. */
  register(server: Server, adapter: CloudAdapter, logic: (context: TurnContext) => Promise<void>): void;
  close(): void;
}

/** The self-hosted Direct Line and the website chat, built from config. */
export function createWebChannels(config: Config, parts: WebChannelParts): WebChannels {
  const directLine = new DirectLine({
    config: config.directLine,
    store: parts.stores.directLine,
    secret: parts.stores.directLineSecret,
    host: config.host,
    clock: parts.clock,
    logger: parts.logger,
    bot: { id: config.microsoftApp.id || 'lymph', name: parts.words.botName },
    // Several instances: a reply stored by one reaches the person's stream held by another.
    ...(parts.stores.postgres ? { bus: parts.stores.cluster.bus } : {}),
  });
  return {
    directLine,
    routeReplies: (inner) => directLine.routeReplies(inner),
    register: (server, adapter, logic) =>
      registerWebChannels(server, { ...parts, config, directLine, adapter, logic }),
    close: () => directLine.close(),
  };
}

interface WebChannelDependencies extends WebChannelParts {
  config: Config;
  directLine: DirectLine;
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
}

/**
 * Starts the self-hosted Direct Line on the server (REST, connector side, WebSocket streams) and the
 * website chat (demo page, /embed.js, the chat frame, the token endpoint).
 */
function registerWebChannels(server: Server, deps: WebChannelDependencies): void {
  const { config, directLine, spa } = deps;
  const service = directLine.start(server.server, deps.adapter, deps.logic);
  const origin = (req: Parameters<typeof requestOrigin>[0]) =>
    requestOrigin(
      req,
      config.publicUrl,
      directLine.serviceUrl()?.replace(/\/$/, '') ?? 'http://127.0.0.1',
      config.allowedHosts,
    );
  const routes = { service, store: directLine.store, tokens: directLine.tokens };
  registerDirectLineRoutes(server, { ...routes, origin });
  registerDirectLineConnectorRoutes(server, routes);
  registerWebchatRoutes(server, {
    spa,
    words: deps.words,
    welcome: deps.welcome,
    tokens: directLine.tokens,
    store: directLine.store,
    azure: config.azureDirectLine.secret
      ? new AzureDirectLineTokens(config.azureDirectLine.endpoint, config.azureDirectLine.secret)
      : undefined,
    allowedOrigins:
      config.webchat.allowedOrigins.length > 0
        ? config.webchat.allowedOrigins
        : [new URL(spa.website).origin],
    origin,
    logger: deps.logger,
  });
}
