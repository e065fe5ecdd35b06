import type { TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { LymphAdapter } from '../bot/adapter';
import type { BookingClickRepository } from '../booking/booking-clicks';
import type { ServicesCatalogue } from '../booking/services';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { HandoffService } from '../handoff/handoff-service';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';
import type { ScreeningRecordRepository } from '../screening/screening-records';
import type { StaffGuards } from '../staff/create-staff';
import type { StaffAccountRepository } from '../staff/staff-accounts';
import { registerBookRoute } from './routes/book';
import { registerHealthRoutes } from './routes/health';
import { registerMessagesRoute } from './routes/messages';
import { registerMetricsRoute } from './routes/metrics';
import { registerStaffRoutes } from './routes/staff';
import { registerStaffSafetyRoutes } from './routes/staff-safety';
import { createHttpServer, type HttpServer } from './server';

export interface ServerParts {
  adapter: LymphAdapter;
  /** The bot's turn logic. */
  logic: (context: TurnContext) => Promise<void>;
  authentication: BotFrameworkAuthentication;
  metrics: Metrics;
  booking: { catalogue: ServicesCatalogue; clicks: BookingClickRepository };
  handoff: HandoffService;
  staff: StaffGuards;
  /** Readiness asks the state store; staff accounts and safety events are read from here. */
  storage: {
    state: { ping(): Promise<void> };
    staffAccounts: StaffAccountRepository;
    screeningRecords: ScreeningRecordRepository;
  };
  clock: Clock;
  logger: Logger;
}

export interface Http {
  readonly server: HttpServer['server'];
  /** Readiness turns false (load balancers stop sending) and live-update streams end. */
  beginClosing(): void;
  /** Stops accepting and waits for in-flight requests, up to SHUTDOWN_TIMEOUT_MS, then drops the rest. */
  close(): Promise<void>;
}

/** The HTTP server with every route: the bot endpoint, health, metrics, booking links and the staff console. */
export function createServer(config: Config, parts: ServerParts): Http {
  const { server, inFlight } = createHttpServer({ maxBodyBytes: config.maxBodyBytes, logger: parts.logger });
  const { clock, logger, staff } = parts;
  let closing = false;
  registerMessagesRoute(server, {
    adapter: parts.adapter,
    logic: parts.logic,
    authentication: parts.authentication,
    appId: config.microsoftApp.id,
    trustedProxies: config.trustedProxies,
    logger,
  });
  registerHealthRoutes(server, {
    async notReadyReason() {
      if (closing) return 'shutting down';
      try {
        await parts.storage.state.ping();
      } catch (error) {
        return `storage unreachable: ${(error as Error).message}`;
      }
      return undefined;
    },
  });
  registerMetricsRoute(server, parts.metrics);
  registerBookRoute(server, { ...parts.booking, clock, logger });
  const staffRoutes = registerStaffRoutes(server, {
    handoff: parts.handoff,
    staff: parts.storage.staffAccounts,
    clicks: parts.booking.clicks,
    clock,
    logger,
    apiToken: config.handoff.apiToken,
    sessionHours: config.handoff.sessionHours,
    publicUrl: config.publicUrl,
    loginLimiter: staff.loginLimiter,
    addressLimiter: staff.addressLimiter,
    accountLockout: staff.accountLockout,
    ...(staff.contentNotice ? { contentNotice: staff.contentNotice } : {}),
    trustedProxies: config.trustedProxies,
    healthDetails: staff.healthDetails,
    clearances: staff.clearances,
  });
  registerStaffSafetyRoutes(server, {
    authenticate: staffRoutes.authenticate,
    records: parts.storage.screeningRecords,
    audit: (actor, action, ticketId, detail) => parts.handoff.audit(actor, action, ticketId, detail),
    clock,
    logger,
  });
  return {
    server,
    beginClosing() {
      closing = true;
      staffRoutes.closeStreams();
    },
    async close() {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + config.shutdownTimeoutMs;
      while (inFlight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      server.server.closeIdleConnections?.();
      if (inFlight() > 0) server.server.closeAllConnections?.();
      await stopped;
    },
  };
}
