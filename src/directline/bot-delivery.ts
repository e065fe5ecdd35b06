import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import {
  AuthenticationConstants,
  type BotFrameworkAuthentication,
  ClaimsIdentity,
} from 'botframework-connector';

/** Runs one bot turn for an activity that arrived through our Direct Line. */
export type DeliverToBot = (activity: Activity) => Promise<void>;

/**
 * Hands Direct Line activities to the same adapter, middleware and bot as /api/messages, in process: our
 * Direct Line has already authenticated the sender by token, so there is no JWT to check. The turn's
 * connector comes from `authentication.createConnectorFactory`, which sends replies for our serviceUrl to
 * our own connector endpoint (see DirectLineConnectorRouting).
 */
export function createBotDelivery(
  adapter: CloudAdapter,
  authentication: BotFrameworkAuthentication,
  botAppId: string,
  logic: (context: TurnContext) => Promise<void>,
): DeliverToBot {
  return async (activity) => {
    const claimsIdentity = new ClaimsIdentity(
      [
        { type: AuthenticationConstants.AudienceClaim, value: botAppId },
        { type: AuthenticationConstants.AppIdClaim, value: botAppId },
      ],
      true,
    );
    await adapter.processActivityDirect(
      {
        audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
        claimsIdentity,
        connectorFactory: authentication.createConnectorFactory(claimsIdentity),
      },
      activity,
      logic,
    );
  };
}
