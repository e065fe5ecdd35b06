import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { WebchatContent } from '../channels/channel-content';
import type { Config } from '../config';
import { AzureDirectLineTokens } from './azure-token-client';
import type { DirectLine } from './direct-line';
import type { Spa } from '../content/spa';
import type { Logger } from '../log';
import { registerDirectLineConnectorRoutes, registerDirectLineRoutes } from './routes';
import { registerWebchatRoutes } from './webchat-routes';
import { requestOrigin } from './request-base';

export interface WebChannelDependencies {
  config: Config;
  directLine: DirectLine;
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  spa: Spa;
  words: WebchatContent;
  /** The assistant's welcome, shown at once when the chat opens. */
  welcome: string;
  logger: Logger;
}

/**
 * Starts the self-hosted Direct Line on the server (REST, connector side, WebSocket streams) and the
 * website chat (demo page, /embed.js, the chat frame, the token endpoint).
 */
export function registerWebChannels(server: Server, deps: WebChannelDependencies): void {
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
