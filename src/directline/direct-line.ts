import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Clock } from '../clock';
import type { DirectLineConfig } from '../config';
import type { Logger } from '../log';
import type { ClusterBus } from '../storage/cluster';
import { ActivityHub } from './activity-hub';
import { createBotDelivery } from './bot-delivery';
import { DirectLineConnectorRouting } from './connector-routing';
import type { DirectLineStore } from '../storage/directline-store';
import { type BotIdentity, DirectLineService } from './direct-line-service';
import { attachDirectLineStreams, type DirectLineStreams } from './stream';
import { DirectLineTokens } from './tokens';

export interface DirectLineOptions {
  config: DirectLineConfig;
  /** Conversations and their history (memory, SQLite or PostgreSQL: src/storage/stores.ts). */
  store: DirectLineStore;
  /** DIRECTLINE_SECRET, or the one generated once and kept with the data. */
  secret: string;
  /** The interface the server binds (HOST), to reach ourselves on it. */
  host: string;
  clock: Clock;
  logger: Logger;
  bot: BotIdentity;
  /** Several instances: new activities are announced to the others, whose streams push them too. */
  bus?: ClusterBus;
}

/**
 * The self-hosted Direct Line's parts, built once in src/app.ts: tokens, the conversation store, live
 * streams, and the routing that brings the bot's replies back here. `routeReplies` wraps the adapter's
 * authentication before the adapter exists; `start` connects the service to the adapter and the server.
 */
export class DirectLine {
  readonly tokens: DirectLineTokens;
  readonly store: DirectLineStore;
  private readonly hub: ActivityHub;
  private authentication?: BotFrameworkAuthentication;
  private httpServer?: HttpServer;
  private streams?: DirectLineStreams;

  constructor(private readonly options: DirectLineOptions) {
    this.tokens = new DirectLineTokens(options.secret, options.clock, options.config.tokenTtlSeconds);
    this.store = options.store;
    this.hub = new ActivityHub(
      options.bus
        ? {
            bus: options.bus,
            store: options.store,
            onError: (what, error) => options.logger.warn({ err: { message: error.message } }, what),
          }
        : undefined,
    );
  }

  /** Wraps the Bot Framework authentication so replies to our serviceUrl come to our connector endpoint. */
  routeReplies(inner: BotFrameworkAuthentication): BotFrameworkAuthentication {
    this.authentication = new DirectLineConnectorRouting(
      inner,
      () => this.serviceUrl(),
      this.tokens.connectorKey,
    );
    return this.authentication;
  }

  /** Connects the service to the bot and opens the WebSocket streams on the server. */
  start(
    httpServer: HttpServer,
    adapter: CloudAdapter,
    logic: (context: TurnContext) => Promise<void>,
  ): DirectLineService {
    if (!this.authentication)
      throw new Error('[DirectLine] routeReplies must wrap the adapter authentication first');
    this.httpServer = httpServer;
    const service = new DirectLineService({
      store: this.store,
      hub: this.hub,
      clock: this.options.clock,
      bot: this.options.bot,
      serviceUrl: () => this.serviceUrl() ?? '',
      deliver: createBotDelivery(adapter, this.authentication, this.options.bot.id, logic),
      logger: this.options.logger,
    });
    this.streams = attachDirectLineStreams(httpServer, {
      store: this.store,
      hub: this.hub,
      tokens: this.tokens,
      logger: this.options.logger,
    });
    return service;
  }

  /**
   * The serviceUrl our conversations' activities carry: DIRECTLINE_SERVICE_URL, or this process on the
   * loopback (or bound) address once it listens. Read per call, since tests listen on a random port.
   */
  serviceUrl(): string | undefined {
    if (this.options.config.serviceUrl) return `${this.options.config.serviceUrl}/`;
    const address = this.httpServer?.address() as AddressInfo | null | undefined;
    if (!address || typeof address !== 'object') return undefined;
    return `http://${reachableHost(this.options.host)}:${address.port}/`;
  }

  close(): void {
    this.streams?.close();
  }
}

function reachableHost(bound: string): string {
  if (bound === '0.0.0.0' || bound === '' || bound === '::') return '127.0.0.1';
  return bound.includes(':') ? `[${bound}]` : bound;
}
