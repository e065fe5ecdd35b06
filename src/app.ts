import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { createAdapter, createAuthentication } from './bot/adapter';
import { createBot } from './bot/create-bot';
import { AdapterProactiveMessenger } from './bot/proactive';
import { TurnsInFlight } from './bot/turns-in-flight';
import { createBooking } from './booking/create-booking';
import { createTicketNotifier } from './channels/webhook-notifier';
import { type Clock, systemClock } from './clock';
import type { Config } from './config';
import { createWebChannels } from './directline/web-channels';
import { createHandoff } from './handoff/create-handoff';
import { createServer } from './http/create-server';
import { createUnderstanding, loadKnowledge } from './bot/knowledge';
import type { Recognizer } from './language/intents';
import { createLogger, type Logger } from './log';
import type { UrgencyModel } from './screening/urgency-model';
import { createMetrics, type Metrics } from './metrics';
import type { ScreeningRecordRepository } from './screening/screening-records';
import type { AuditLog } from './staff/audit-log';
import { createStaff } from './staff/create-staff';
import type { StaffAccountRepository } from './staff/staff-accounts';
import type { DataRegistry } from './storage/data-registry';
import type { StateStore } from './storage/state-store';
import { createStorage, startRetentionSweep } from './storage/stores';
import type { TurnLock } from './storage/turn-lock';

/** Parts a test or benchmark may swap; everything else is built from config. */
export interface AppOverrides {
  clock?: Clock;
  logger?: Logger;
  /** Stands in for the local recognizer; a configured cloud recognizer still wraps it as its fallback. */
  recognizer?: Recognizer;
  storage?: StateStore;
  /** Where screening outcomes and safety events go; by default beside the state (SQLite or memory). */
  screeningRecords?: ScreeningRecordRepository;
  /** Staff console accounts; by default beside the state (SQLite or memory). */
  staffAccounts?: StaffAccountRepository;
  /** The staff audit log; by default beside the state. */
  audit?: AuditLog;
  /** Orders each conversation's turns; by default in process, or across instances on PostgreSQL. */
  turnLock?: TurnLock;
}

export interface App {
  server: Server;
  /** For proactive messages (continueConversationAsync), on every channel including our Direct Line. */
  adapter: CloudAdapter;
  logger: Logger;
  metrics: Metrics;
  /** Where state lives, for the start-up line: a file path, or "memory". */
  dataLocation: string;
  /** Stops accepting, waits for in-flight turns (up to the shutdown timeout), closes storage. */
  close(): Promise<void>;
  /** Every store that keeps data, for erasure, retention and "what do you know about me". */
  dataRegistry: DataRegistry;
  /** Runs the hand-off sweep now (expiries, overdue re-notifications); it also runs every HANDOFF_SWEEP_SECONDS. */
  sweepHandoff(): Promise<void>;
}

/** The composition root: the one place concrete parts are chosen, each area built by its own factory. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const clock = overrides.clock ?? systemClock;
  const logger =
    overrides.logger ?? createLogger({ level: config.logLevel, logMessageText: config.logMessageText });
  const metrics = createMetrics();
  const knowledge = loadKnowledge(config);
  logUrgencyModel(logger, knowledge.safety.urgencyModel);
  logger.info(
    { examples: knowledge.articleModel.examples, trainingMs: Math.round(knowledge.articleModel.trainingMs) },
    'article model trained',
  );
  if (knowledge.routeModel) {
    const { model } = knowledge.routeModel;
    logger.info(
      { examples: model.examples, trainingMs: Math.round(model.trainingMs) },
      'route model trained',
    );
  }
  const { messages, spa } = knowledge;
  const { language, localRecognizer } = await createUnderstanding(config, knowledge, {
    ...overrides,
    clock,
    metrics,
    logger,
  });
  const storage = await createStorage(config, {
    clock,
    logger,
    overrides,
    redaction: knowledge.privacy.redaction,
    words: { messages, outcomeTitle: knowledge.outcomeTitle },
  });
  const webChannels = createWebChannels(config, {
    stores: storage,
    spa,
    words: knowledge.channels.webchat,
    welcome: messages.text('welcome'),
    clock,
    logger,
  });
  const authentication = webChannels.routeReplies(createAuthentication(config));
  const { conversationState } = storage;
  const adapter = createAdapter({ config, logger, metrics, messages, conversationState, authentication });
  const notifier = createTicketNotifier(config.handoff, (target, error) =>
    logger.warn({ target, error }, 'ticket notification failed after retries'),
  );
  const booking = createBooking(config, knowledge.services, storage.bookingClicks);
  const handoff = createHandoff(config.handoff, {
    ...storage,
    clock,
    messages,
    spa,
    proactive: new AdapterProactiveMessenger(adapter, config.microsoftApp.id),
    notifier,
    publicBaseUrl: booking.publicBaseUrl,
    logger,
  });
  const bot = createBot(config, adapter, {
    knowledge,
    language,
    localRecognizer,
    storage,
    handoff,
    booking,
    clock,
    logger,
    metrics,
    turnLock: overrides.turnLock,
  });
  const turns = new TurnsInFlight();
  const logic = turns.track((context: TurnContext) => bot.run(context));
  const staff = createStaff(
    { clock, failures: storage.cluster.loginFailures, records: storage.screeningRecords },
    knowledge,
  );
  const http = createServer(config, {
    adapter,
    logic,
    authentication,
    metrics,
    booking,
    handoff: handoff.service,
    staff,
    storage,
    clock,
    logger,
  });
  webChannels.register(http.server, adapter, logic);
  const stopRetention = await startRetentionSweep(storage, config.retentionDays, clock, logger);

  let closed = false;
  return {
    server: http.server,
    adapter,
    logger,
    metrics,
    dataLocation: storage.location,
    dataRegistry: storage.dataRegistry,
    sweepHandoff: handoff.sweep,
    async close() {
      if (closed) return;
      closed = true;
      stopRetention();
      handoff.stop();
      http.beginClosing();
      // Turns first, while the server still listens: a Direct Line turn sends its replies to our own
      // connector endpoint, and a turn whose client stopped waiting is no longer an in-flight request.
      const unfinished = await turns.settle(config.shutdownTimeoutMs);
      if (unfinished > 0) logger.warn({ turns: unfinished }, 'shutdown timeout: turns still running');
      webChannels.close();
      await http.close();
      await notifier.drain();
      await storage.close();
    },
  };
}

/** The urgency model is trained at start-up; without examples the red-flag lexicon works alone. */
function logUrgencyModel(logger: Logger, model: UrgencyModel | undefined): void {
  if (!model) {
    logger.warn('urgency model off: no examples in knowledge/urgency-examples/ (red-flag lexicon only)');
    return;
  }
  logger.info(
    { examples: model.examples, trainingMs: Math.round(model.trainingMs), threshold: model.threshold },
    'urgency model trained',
  );
}
