import { type CloudAdapter, ConversationState, ShowTypingMiddleware, UserState } from 'botbuilder';
import type { Server } from 'restify';
import { createMemoryAccessor } from '../dialogs/conversation-memory';
import { buildMainDialog } from '../dialogs/build-main-dialog';
import type { QuestionAnswering } from '../dialogs/question-dialog';
import type { DialogDependencies, PersonalDataEraser } from '../dialogs/dialog-dependencies';
import { createAdapter, createAuthentication } from './bot/adapter';
import { LymphBot } from './bot/lymph-bot';
import { MetricsMiddleware } from './bot/metrics-middleware';
import { RedFlagMiddleware } from './bot/red-flag-middleware';
import { SafetyNetMiddleware } from './bot/safety-net-middleware';
import { StateEraser } from './bot/state-eraser';
import { type Clock, systemClock } from './clock';
import { ChannelRenderingMiddleware, loadChannelContent } from './channels';
import type { Config } from './config';
import { DirectLine } from './directline';
import { registerWebChannels } from './http/directline/web-channels';
import { registerHealthRoutes } from './http/routes/health';
import { registerMessagesRoute } from './http/routes/messages';
import { registerMetricsRoute } from './http/routes/metrics';
import { createHttpServer } from './http/server';
import { buildSearchIndex, loadKnowledgeBase } from './kb';
import { loadDeclines } from './kb/declines';
import { MESSAGE_IDS, Messages } from './kb/messages';
import { loadSpa } from './kb/spa';
import type { Recognizer } from './language/intents';
import { loadIntents } from './language/intents-content';
import { createLanguageBackends } from './language/language-backends';
import { LocalRecognizer } from './language/local-recognizer';
import { createLogger, type Logger } from './log';
import { createMetrics, type Metrics } from './metrics';
import { checkRedFlagQuestions, contextsFromAnswers, holdClearance, loadOtherLanguages, loadRedFlagContent, loadScreeningContent } from './screening';
import { MemoryStateStore } from './storage/memory-state-store';
import { MemoryScreeningRecords, type ScreeningRecordRepository } from './storage/screening-records';
import { openSqliteDatabase, type SqliteDatabase, sqliteFileIn } from './storage/sqlite-database';
import { SqliteScreeningRecords } from './storage/sqlite-screening-records';
import { SqliteStorage } from './storage/sqlite-storage';
import { SqliteUnansweredQuestions } from './storage/sqlite-unanswered-questions';
import type { StateStore } from './storage/state-store';
import { MemoryUnansweredQuestions, type UnansweredQuestionRepository } from './storage/unanswered-questions';
import { HandoffDialog } from '../dialogs/handoff-dialog';
import type { BookingCards } from '../dialogs/service-cards';
import { HandoffRelayMiddleware, noteUrgentOnTicket, TranscriptRingMiddleware } from './bot/handoff-middleware';
import { AdapterProactiveMessenger } from './bot/proactive';
import { HandoffService, type ProactiveMessenger } from './handoff/handoff-service';
import { LoginLimiter } from './handoff/login-limiter';
import { loadServices } from './handoff/services';
import type { ScreeningSummary, TranscriptLine } from './handoff/ticket';
import { type WebhookTarget, WebhookNotifier } from './handoff/webhook-notifier';
import { registerBookRoute } from './http/routes/book';
import { registerStaffRoutes } from './http/routes/staff';
import { registerStaffSafetyRoutes } from './http/routes/staff-safety';
import { type AuditLog, MemoryAuditLog } from './storage/audit-log';
import { type BookingClickRepository, MemoryBookingClicks } from './storage/booking-clicks';
import { SqliteAuditLog } from './storage/sqlite-audit-log';
import { SqliteBookingClicks } from './storage/sqlite-booking-clicks';
import { SqliteStaffAccounts } from './storage/sqlite-staff-accounts';
import { SqliteTickets } from './storage/sqlite-tickets';
import { MemoryStaffAccounts, type StaffAccountRepository } from './storage/staff-accounts';
import { MemoryTickets, type TicketRepository } from './storage/tickets';

const DAY_MS = 86_400_000;

const RETENTION_SWEEP_EVERY_MS = 60 * 60 * 1000;

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
  /** Runs the hand-off sweep now (expiries, overdue re-notifications); it also runs every HANDOFF_SWEEP_SECONDS. */
  sweepHandoff(): Promise<void>;
}

/** The composition root: the one place concrete parts are chosen and wired together. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const clock = overrides.clock ?? systemClock;
  const logger =
    overrides.logger ?? createLogger({ level: config.logLevel, logMessageText: config.logMessageText });
  const metrics = createMetrics();

  const spa = loadSpa(config.knowledgeDir);
  const messages = Messages.load(config.knowledgeDir, spa);
  const knowledgeBase = loadKnowledgeBase(config.knowledgeDir, spa);
  const screeningContent = loadScreeningContent(config.knowledgeDir, spa);
  const redFlagContent = loadRedFlagContent(config.knowledgeDir, spa);
  checkRedFlagQuestions(redFlagContent, screeningContent.questions);
  const safetyContent = { redFlags: redFlagContent, otherLanguages: loadOtherLanguages(config.knowledgeDir, spa) };
  const intents = loadIntents(config.knowledgeDir);
  const localRecognizer =
    overrides.recognizer ??
    (await LocalRecognizer.train(intents, {
      ask_question: knowledgeBase.articles.flatMap((article) => article.questions),
    }));
  const language = createLanguageBackends(config.language, {
    local: localRecognizer,
    intents,
    clock,
    reporter: {
      report(event) {
        metrics.languageFallbacks.inc({ backend: event.backend, reason: event.reason });
        logger.warn({ language: event }, 'language backend not used; answered locally');
      },
    },
  });
  const recognizer = language.recognizer;

  let db: SqliteDatabase | undefined;
  let dataLocation = 'memory';
  if (config.storage === 'sqlite') {
    dataLocation = sqliteFileIn(config.dataDir);
    db = openSqliteDatabase(dataLocation);
  }
  const storage: StateStore = overrides.storage ?? (db ? new SqliteStorage(db, clock) : new MemoryStateStore(clock));
  const unanswered: UnansweredQuestionRepository = db
    ? new SqliteUnansweredQuestions(db)
    : new MemoryUnansweredQuestions();
  const screeningRecords: ScreeningRecordRepository =
    overrides.screeningRecords ?? (db ? new SqliteScreeningRecords(db) : new MemoryScreeningRecords());

  // Hand-off and booking: tickets, staff, audit and booking figures live beside the state.
  const tickets: TicketRepository = db ? new SqliteTickets(db) : new MemoryTickets();
  const staffAccounts: StaffAccountRepository =
    overrides.staffAccounts ?? (db ? new SqliteStaffAccounts(db) : new MemoryStaffAccounts());
  const audit: AuditLog = db ? new SqliteAuditLog(db) : new MemoryAuditLog();
  const bookingClicks: BookingClickRepository = db ? new SqliteBookingClicks(db) : new MemoryBookingClicks();
  const services = loadServices(config.knowledgeDir);
  const publicBaseUrl = config.publicUrl || `http://localhost:${config.port}`;

  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  // "Delete my data" runs every eraser in turn: state and screening records first, then what later
  // parts keep about the conversation (tickets, web chat history), which register below.
  const erasers: PersonalDataEraser[] = [new StateEraser(conversationState, userState, screeningRecords)];
  const deps: DialogDependencies = {
    recognizer,
    localRecognizer,
    messages,
    eraser: {
      async erase(context) {
        for (const eraser of erasers) await eraser.erase(context);
      },
    },
    memory: createMemoryAccessor(conversationState),
    clock,
    safetyHoldClearable: holdClearance(redFlagContent),
    safetyContextFromAnswers: (answers) => contextsFromAnswers(redFlagContent, answers),
  };
  const questionAnswering: QuestionAnswering = {
    index: buildSearchIndex(knowledgeBase.articles, knowledgeBase.synonyms),
    articles: new Map(knowledgeBase.articles.map((article) => [article.id, article])),
    declines: loadDeclines(config.knowledgeDir, MESSAGE_IDS),
    unanswered,
    ...(language.writer ? { writer: language.writer } : {}),
  };
  // The conversation's tickets go too, with any call-back contact details on them.
  erasers.push({
    async erase(context) {
      await tickets.deleteForConversation(context.activity.conversation.id);
    },
  });
  const channelContent = loadChannelContent(config.knowledgeDir, spa);
  const directLine = new DirectLine({
    config: config.directLine,
    dataDir: config.dataDir,
    db,
    host: config.host,
    clock,
    logger,
    bot: { id: config.microsoftApp.id || 'lymph', name: channelContent.webchat.botName },
  });
  // In the web chat, the conversation's stored Direct Line history goes too.
  erasers.push({ erase: (context) => directLine.eraseHistory(context) });
  const webhookTargets: WebhookTarget[] = [
    ...(config.handoff.teamsWebhookUrl ? [{ kind: 'teams' as const, url: config.handoff.teamsWebhookUrl }] : []),
    ...(config.handoff.slackWebhookUrl ? [{ kind: 'slack' as const, url: config.handoff.slackWebhookUrl }] : []),
  ];
  const notifier = new WebhookNotifier({
    targets: webhookTargets,
    onGiveUp: (target, error) => logger.warn({ target, error }, 'ticket notification failed after retries'),
  });
  // Bound once the adapter exists (below); the dialogs only use it after the app is running.
  let proactive: ProactiveMessenger | undefined;
  const handoff = new HandoffService({
    tickets,
    audit,
    clock,
    messages,
    spa,
    proactive: { send: (reference, text) => proactive!.send(reference, text) },
    notifier,
    consoleUrl: (ticketId) => `${publicBaseUrl}/staff/#ticket=${encodeURIComponent(ticketId)}`,
    targetMinutes: config.handoff.targetMinutes,
    expireMinutes: config.handoff.expireMinutes,
    logger,
  });
  const transcriptRing = conversationState.createProperty<TranscriptLine[]>('handoffTranscript');
  const reasonsByRule = new Map(screeningContent.rules.map((rule) => [rule.id, rule] as const));
  const handoffDialog = new HandoffDialog(deps, {
    service: handoff,
    transcript: transcriptRing,
    targetMinutes: config.handoff.targetMinutes,
    async screeningFor(context): Promise<ScreeningSummary | undefined> {
      const userId = context.activity.from?.id;
      const record = await screeningRecords.latestFor({
        conversationId: context.activity.conversation.id,
        ...(userId ? { userId } : {}),
      });
      if (!record) return undefined;
      const fired = record.firedRules.map((id) => reasonsByRule.get(id)).filter((rule) => rule !== undefined);
      return {
        outcome: record.outcome,
        reasons: fired.map((rule) => rule.reason),
        clinicianKinds: [...new Set(fired.flatMap((rule) => (rule.clinicianKind ? [rule.clinicianKind] : [])))],
        allowedServices: [...record.allowedServices],
        completedAt: record.completedAt.toISOString(),
      };
    },
  });
  const bookingCards: BookingCards = { catalogue: services, clicks: bookingClicks, publicBaseUrl };
  const mainDialog = buildMainDialog(deps, {
    booking: bookingCards,
    extraCapabilities: [handoffDialog],
    questionAnswering,
    screening: {
      content: screeningContent,
      records: screeningRecords,
      validDays: config.screeningValidDays,
      retentionDays: config.retentionDays,
    },
  });
  const bot = new LymphBot(conversationState, userState, mainDialog, messages);

  const adapter = createAdapter({
    config,
    logger,
    metrics,
    messages,
    conversationState,
    authentication: directLine.routeReplies(createAuthentication(config)),
  });
  adapter.use(new MetricsMiddleware(metrics));
  proactive = new AdapterProactiveMessenger(adapter, config.microsoftApp.id);
  // Before the red-flag middleware, so an urgent answer is in the redacted ring a ticket's excerpt comes from.
  adapter.use(
    new TranscriptRingMiddleware(
      transcriptRing,
      clock,
      noteUrgentOnTicket(handoff, messages.text('handoff_note_urgent'), logger),
    ),
  );
  // Before any dialog and before state is loaded for the turn: an emergency answer pre-empts everything.
  adapter.use(
    new RedFlagMiddleware({
      content: safetyContent,
      messages,
      emergencyNumber: spa.emergencyNumber,
      conversationState,
      memory: deps.memory,
      events: screeningRecords,
      clock,
      logger,
    }),
  );
  // After the red-flag middleware: red flags still fire while a team member has the conversation.
  adapter.use(new HandoffRelayMiddleware(handoff, logger));
  // After the relay (a live chat's message goes to the team member): a symptom never gets a command or a plain fallback.
  adapter.use(
    new SafetyNetMiddleware({
      redFlags: redFlagContent,
      conversationState,
      dialogs: deps,
      emergencyNumber: spa.emergencyNumber,
    }),
  );
  adapter.use(new ShowTypingMiddleware());
  // Renders each outgoing reply for its channel (cards, Block Kit) and strips the internal Reply.
  adapter.use(new ChannelRenderingMiddleware({ sources: messages.text('kb_sources') }));

  let closing = false;
  const { server, inFlight } = createHttpServer({ maxBodyBytes: config.maxBodyBytes, logger });
  registerMessagesRoute(server, adapter, bot);
  registerHealthRoutes(server, {
    async notReadyReason() {
      if (closing) return 'shutting down';
      try {
        await storage.ping();
      } catch (error) {
        return `storage unreachable: ${(error as Error).message}`;
      }
      return undefined;
    },
  });
  registerMetricsRoute(server, metrics);
  registerBookRoute(server, { catalogue: services, clicks: bookingClicks, clock, logger });
  const staffRoutes = registerStaffRoutes(server, {
    handoff,
    staff: staffAccounts,
    clicks: bookingClicks,
    clock,
    logger,
    apiToken: config.handoff.apiToken,
    sessionHours: config.handoff.sessionHours,
    publicUrl: config.publicUrl,
    loginLimiter: new LoginLimiter(clock, 5),
    addressLimiter: new LoginLimiter(clock, 20),
  });
  registerStaffSafetyRoutes(server, {
    authenticate: staffRoutes.authenticate,
    records: screeningRecords,
    audit: (actor, action, ticketId, detail) => handoff.audit(actor, action, ticketId, detail),
    clock,
    logger,
  });
  const sweepHandoff = async () => {
    try {
      await handoff.sweep();
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message } }, 'hand-off sweep failed');
    }
  };
  const handoffTimer = setInterval(sweepHandoff, config.handoff.sweepSeconds * 1000);
  handoffTimer.unref();
  registerWebChannels(server, {
    config,
    directLine,
    adapter,
    logic: (context) => bot.run(context),
    spa,
    words: channelContent.webchat,
    logger,
  });

  const sweepRetention = async () => {
    try {
      const cutoff = new Date(clock.now().getTime() - config.retentionDays * DAY_MS);
      const removed = await storage.deleteOlderThan(cutoff);
      if (removed > 0)
        logger.info({ removed, retentionDays: config.retentionDays }, 'deleted expired conversation state');
      const removedRecords = await screeningRecords.deleteOlderThan(cutoff);
      if (removedRecords > 0)
        logger.info(
          { removed: removedRecords, retentionDays: config.retentionDays },
          'deleted expired screening records and safety events',
        );
      const removedChats = await directLine.store.deleteOlderThan(cutoff);
      if (removedChats > 0)
        logger.info({ removed: removedChats, retentionDays: config.retentionDays }, 'deleted expired web chat history');
      const removedTickets = await tickets.deleteOlderThan(cutoff);
      const removedClicks = await bookingClicks.deleteOlderThan(cutoff);
      if (removedTickets + removedClicks > 0)
        logger.info({ removedTickets, removedClicks, retentionDays: config.retentionDays }, 'deleted expired tickets and booking figures');
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message } }, 'retention sweep failed');
    }
  };
  await sweepRetention();
  const sweepTimer = setInterval(sweepRetention, RETENTION_SWEEP_EVERY_MS);
  sweepTimer.unref();

  return {
    server,
    adapter,
    logger,
    metrics,
    dataLocation,
    sweepHandoff,
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(sweepTimer);
      clearInterval(handoffTimer);
      staffRoutes.closeStreams();
      directLine.close();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + config.shutdownTimeoutMs;
      while (inFlight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      server.server.closeIdleConnections?.();
      if (inFlight() > 0) server.server.closeAllConnections?.();
      await stopped;
      await notifier.drain();
      db?.close();
    },
  };
}
