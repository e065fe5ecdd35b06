import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type ConversationState,
  type TurnContext,
} from 'botbuilder';
import type { Activity, InvokeResponse, ResourceResponse } from 'botbuilder';
import { type AuthenticateRequestResult, AuthenticationConstants, type BotFrameworkAuthentication } from 'botframework-connector';
import { type RenderLabels, renderForChannel } from '../channels';
import { ConflictError } from '../errors';
import { say } from '../conversation/reply';
import type { Config } from '../config';
import type { Messages } from '../content/messages';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';

export interface AdapterDependencies {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  messages: Messages;
  conversationState: ConversationState;
  /** Replaces the authentication built from config; the self-hosted Direct Line wraps it to route replies. */
  authentication?: BotFrameworkAuthentication;
}

/**
 * The public cloud's settings with the channel keys published elsewhere. botframework-connector reads any
 * one of these settings as a custom cloud and takes every other from the configuration too (an unset
 * issuer would refuse every token), so all of them are given, with the public cloud's values.
 */
function publicCloudWithChannelKeysAt(openIdMetadataUrl: string): Partial<ConfigurationBotFrameworkAuthenticationOptions> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/** Bot Framework authentication from the standard MicrosoftApp* variables (anonymous when no app id). */
export function createAuthentication(config: Config): BotFrameworkAuthentication {
  const { openIdMetadataUrl } = config.microsoftApp;
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftApp.id,
    MicrosoftAppPassword: config.microsoftApp.password,
    MicrosoftAppType: config.microsoftApp.type,
    MicrosoftAppTenantId: config.microsoftApp.tenantId,
    ...(openIdMetadataUrl ? publicCloudWithChannelKeysAt(openIdMetadataUrl) : {}),
  } as ConfigurationBotFrameworkAuthenticationOptions);
}

/**
 * CloudAdapter that lets the /api/messages route authenticate first (so every unverifiable token is a
 * clean 401, not a 500) and then run the turn and get its invoke response back. Every activity it sends
 * is rendered for its channel here, once, after every middleware has seen it: also a turn that a middleware
 * ended early (an urgent answer, the safety net, a storage outage), onTurnError's message and proactive
 * messages (continueConversationAsync).
 */
export class LymphAdapter extends CloudAdapter {
  constructor(
    authentication: BotFrameworkAuthentication,
    private readonly labels?: RenderLabels,
  ) {
    super(authentication);
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return super.sendActivities(context, this.render(context, activities));
  }

  /**
   * A caller that asks for its replies in the response (deliveryMode expectReplies) never reaches
   * sendActivities: TurnContext buffers them. They are rendered here, once the turn is over, the same way.
   */
  protected override async runMiddleware(
    context: TurnContext,
    next: (revocableContext: TurnContext) => Promise<void>,
  ): Promise<void> {
    await super.runMiddleware(context, next);
    const buffered = context.bufferedReplyActivities;
    if (buffered.length > 0) buffered.splice(0, buffered.length, ...(this.render(context, buffered) as Activity[]));
  }

  private render(context: TurnContext, activities: Partial<Activity>[]): Partial<Activity>[] {
    const { labels } = this;
    if (!labels) return activities;
    return activities.map((activity) => renderForChannel(activity, activity.channelId ?? context.activity.channelId, labels));
  }

  runAuthenticatedTurn(
    identity: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(identity, activity, logic);
  }
}

/**
 * CloudAdapter with Bot Framework authentication from the standard MicrosoftApp* variables. With no app
 * id it runs in local mode (Emulator, the local connector in tests); with one, incoming requests must
 * carry a valid Bot Framework JWT.
 */
export function createAdapter(deps: AdapterDependencies): LymphAdapter {
  const { config, logger, metrics, messages, conversationState } = deps;
  const adapter = new LymphAdapter(deps.authentication ?? createAuthentication(config), {
    sources: messages.text('kb_sources'),
  });

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const { activity } = context;
    const channel = activity.channelId || 'unknown';
    metrics.turnErrors.inc({ channel });
    // Context, never the person's text: ids and the error's own message and stack.
    logger.error(
      {
        err: { name: error.name, message: error.message, stack: error.stack },
        channel,
        conversationId: activity.conversation?.id,
        activityType: activity.type,
      },
      'turn failed',
    );
    const conflict = error instanceof ConflictError;
    try {
      await say(context, { text: messages.text(conflict ? 'turn_conflict' : 'turn_error') });
    } catch (sendError) {
      logger.warn(
        { err: { message: (sendError as Error).message }, channel },
        'could not tell the user about the failed turn',
      );
    }
    // A concurrent change to the same state (stale eTag) is not a broken dialog: keep the state, the
    // person retries. Anything else: a broken dialog stack would fail the same way next time, start clean.
    if (conflict) return;
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      logger.warn(
        { err: { message: (deleteError as Error).message } },
        'could not clear conversation state after the failed turn',
      );
    }
  };
  return adapter;
}
