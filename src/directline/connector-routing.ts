import type { Activity } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  BotFrameworkAuthentication,
  type BotFrameworkClient,
  type ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  TokenCredentials,
  type UserTokenClient,
} from 'botframework-connector';

/**
 * Sends the bot's replies for our own Direct Line conversations to our own connector endpoint, with the
 * internal connector key instead of an Azure token; every other serviceUrl (Teams, Slack, the Emulator)
 * goes through the configured Bot Framework authentication unchanged.
 *
 * Only connector factories made by `createConnectorFactory` route: Direct Line turns and proactive
 * messages (continueConversationAsync) use it. Requests arriving on /api/messages keep the factory their
 * own authentication made, so an activity posted there with our serviceUrl cannot borrow the key.
 */
export class DirectLineConnectorRouting extends BotFrameworkAuthentication {
  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly ownServiceUrl: () => string | undefined,
    private readonly connectorKey: string,
  ) {
    super();
  }

  authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateRequest(activity, authHeader);
  }

  authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new RoutingConnectorFactory(
      this.inner.createConnectorFactory(claimsIdentity),
      this.ownServiceUrl,
      this.connectorKey,
    );
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}

class RoutingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly ownServiceUrl: () => string | undefined,
    private readonly connectorKey: string,
  ) {
    super();
  }

  async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const own = this.ownServiceUrl();
    if (own && sameServiceUrl(serviceUrl, own)) {
      return new ConnectorClient(new TokenCredentials(this.connectorKey, 'Bearer'), { baseUri: serviceUrl });
    }
    return this.inner.create(serviceUrl, audience);
  }
}

/** Same scheme, host, port and path, ignoring a trailing slash. */
export function sameServiceUrl(a: string, b: string): boolean {
  try {
    const left = new URL(a);
    const right = new URL(b);
    const path = (url: URL) => url.pathname.replace(/\/+$/, '');
    return left.origin === right.origin && path(left) === path(right);
  } catch {
    return false;
  }
}
