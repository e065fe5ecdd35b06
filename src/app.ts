import { type CloudAdapter, ConversationState, ShowTypingMiddleware, UserState } from 'botbuilder';
import type { Server } from 'restify';
import { createMemoryAccessor } from '../dialogs/conversation-memory';
import { buildMainDialog } from '../dialogs/build-main-dialog';
import type { QuestionAnswering } from '../dialogs/question-dialog';
import type { DialogDependencies } from '../dialogs/dialog-dependencies';
import { createAdapter, createAuthentication } from './bot/adapter';
import { LymphBot } from './bot/lymph-bot';
import { MetricsMiddleware } from './bot/metrics-middleware';
import { RedFlagMiddleware } from './bot/red-flag-middleware';
import { AboutMeMiddleware } from './bot/about-me-middleware';
import { SafetyNetMiddleware } from './bot/safety-net-middleware';
import { StateEraser } from './bot/state-eraser';
import { StorageOutageMiddleware } from './bot/storage-outage-middleware';
import { type TurnLock, TurnOrderMiddleware } from './bot/turn-lock';
import { type Clock, systemClock } from './clock';
import { ChannelRenderingMiddleware, loadChannelContent } from './channels';
import type { Config } from './config';
import { DirectLine } from './directline';
import { registerWebChannels } from './directline/web-channels';
import { registerHealthRoutes } from './http/routes/health';
import { registerMessagesRoute } from './http/routes/messages';
import { registerMetricsRoute } from './http/routes/metrics';
import { createHttpServer } from './http/server';
import { buildSearchIndex, loadKnowledgeBase, readDomain } from './kb';
import { contentVersion } from './kb/content-version';
import { assertSafetyContentSigned, hasUnsignedContent } from './kb/sign-off';
import { loadDeclines } from './kb/declines';
import { MESSAGE_IDS, Messages } from './content/messages';
import { loadSpaAnswerWords, spaLiveAnswers } from './kb/spa-answers';
import { loadSpa } from './content/spa';
import type { Recognizer } from './language/intents';
import { loadIntents } from './language/intents-content';
import { loadRouting, MessageRouter } from './language/message-router';
import { createLanguageBackends } from './language/language-backends';
import { LocalRecognizer } from './language/local-recognizer';
import { createLogger, type Logger } from './log';
import { createMetrics, type Metrics } from './metrics';
import {
  checkRedFlagQuestions,
  clearanceView,
  contextsFromAnswers,
  holdClearance,
  loadOtherLanguages,
  loadRedFlagContent,
  loadScreeningContent,
  rulesVersion,
} from './screening';
import type { ClearanceCodeLookup, ScreeningRecordRepository } from './screening/screening-records';
import { DataRegistry } from './storage/data-registry';
import { registerDataStores } from './storage/data-stores';
import { HealthWords, loadPrivacyLexicon, PersonalDataRedactor } from './storage/personal-data-redaction';
import type { StateStore } from './storage/state-store';
import { createStores } from './storage/stores';
import type { AuditLog } from './staff/audit-log';
import { RedactingUnansweredQuestions, type UnansweredQuestionRepository } from './kb/unanswered-questions';
import { HandoffDialog } from '../dialogs/handoff-dialog';
import type { BookingCards } from '../dialogs/service-cards';
import { HandoffRelayMiddleware, noteUrgentOnTicket, TranscriptRingMiddleware } from './bot/handoff-middleware';
import { AdapterProactiveMessenger } from './bot/proactive';
import { HandoffService, type ProactiveMessenger } from './handoff/handoff-service';
import { AccountLockout, LoginLimiter } from './staff/login-limiter';
import { loadServices } from './booking/services';
import type { ScreeningSummary, TranscriptLine } from './handoff/ticket';
import { type WebhookTarget, WebhookNotifier } from './channels/webhook-notifier';
import { registerBookRoute } from './http/routes/book';
import { registerStaffRoutes } from './http/routes/staff';
import type { StaffAccountRepository } from './staff/staff-accounts';
import { registerStaffSafetyRoutes } from './http/routes/staff-safety';

const DAY_MS = 86_400_000;

const RETENTION_SWEEP_EVERY_MS = 60 * 60 * 1000;

/** Cluster bus topic: a ticket changed (its id), for the console streams on other instances. */
const TICKETS_TOPIC = 'tickets';

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
  // Clinical sign-off: production refuses unsigned safety files; otherwise staff see a demo-content note.
  if (config.requireSignedSafetyContent) assertSafetyContentSigned(config.knowledgeDir);
  const demoContent = hasUnsignedContent(config.knowledgeDir, knowledgeBase.articles);
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

  const stores = await createStores(config, clock, (what, error) =>
    logger.warn({ err: { message: error.message } }, what),
  );
  const { cluster } = stores;
  const dataLocation = stores.location;
  const storage: StateStore = overrides.storage ?? stores.state;
  const privacy = loadPrivacyLexicon(config.knowledgeDir);
  const unanswered: UnansweredQuestionRepository = new RedactingUnansweredQuestions(
    stores.unanswered,
    new PersonalDataRedactor(privacy.redaction),
  );
  const screeningRecords: ScreeningRecordRepository = overrides.screeningRecords ?? stores.screeningRecords;
  // Hand-off and booking: tickets, staff, audit and booking figures live beside the state.
  const { tickets, bookingClicks } = stores;
  const audit: AuditLog = overrides.audit ?? stores.audit;
  const staffAccounts: StaffAccountRepository = overrides.staffAccounts ?? stores.staffAccounts;
  const services = loadServices(config.knowledgeDir);
  const screeningContentVersion = contentVersion({
    rules: rulesVersion(screeningContent),
    flags: redFlagContent,
    services,
    articles: knowledgeBase.articles,
  });
  const publicBaseUrl = config.publicUrl || `http://localhost:${config.port}`;

  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  // Every store registers here once, for "delete my data", the retention sweep and "what do you know
  // about me" (test/hardening/personal-data.test.ts checks every SQLite table belongs to one).
  const dataRegistry = new DataRegistry();
  const searchIndex = buildSearchIndex(knowledgeBase.articles, knowledgeBase.synonyms, { aspects: knowledgeBase.aspects });
  const deps: DialogDependencies = {
    recognizer,
    localRecognizer,
    router: MessageRouter.fromContent(loadRouting(config.knowledgeDir), intents, (text) =>
      readDomain(searchIndex, text),
    ),
    messages,
    eraser: { erase: (context) => dataRegistry.erase(context) },
    memory: createMemoryAccessor(conversationState),
    clock,
    safetyHoldClearable: holdClearance(redFlagContent),
    safetyContextFromAnswers: (answers) => contextsFromAnswers(redFlagContent, answers),
  };
  const questionAnswering: QuestionAnswering = {
    index: searchIndex,
    articles: new Map(knowledgeBase.articles.map((article) => [article.id, article])),
    declines: loadDeclines(config.knowledgeDir, MESSAGE_IDS),
    unanswered,
    ...(language.writer ? { writer: language.writer } : {}),
    liveAnswer: spaLiveAnswers(spa, loadSpaAnswerWords(config.knowledgeDir), (id, vars) => messages.text(id, vars)),
  };
  const channelContent = loadChannelContent(config.knowledgeDir, spa);
  const directLine = new DirectLine({
    config: config.directLine,
    store: stores.directLine,
    secret: stores.directLineSecret,
    host: config.host,
    clock,
    logger,
    bot: { id: config.microsoftApp.id || 'lymph', name: channelContent.webchat.botName },
    // Several instances: a reply stored by one reaches the person's stream held by another.
    ...(stores.postgres ? { bus: cluster.bus } : {}),
  });
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
    proactive: {
      send: (reference, text, look) => proactive!.send(reference, text, look),
      typing: (reference, person) => proactive!.typing(reference, person),
    },
    notifier,
    consoleUrl: (ticketId) => `${publicBaseUrl}/staff/#ticket=${encodeURIComponent(ticketId)}`,
    targetMinutes: config.handoff.targetMinutes,
    expireMinutes: config.handoff.expireMinutes,
    logger,
  });
  // The console's live updates on every instance: ticket changes made here are announced to the others.
  handoff.subscribe((change) => {
    if (change.elsewhere) return;
    cluster.bus
      .publish(TICKETS_TOPIC, { id: change.ticketId })
      .catch((error: Error) => logger.warn({ err: { message: error.message } }, 'ticket change not announced'));
  });
  cluster.bus.subscribe(TICKETS_TOPIC, (payload) => {
    const id = (payload as { id?: unknown } | null)?.id;
    if (typeof id === 'string') handoff.changedElsewhere(id);
  });
  // After a lost connection, changes made elsewhere meanwhile were not announced: consoles here re-read the live tickets.
  cluster.bus.onResume(() => {
    handoff.list(['open', 'claimed']).then(
      (live) => {
        for (const ticket of live) handoff.changedElsewhere(ticket.id);
      },
      (error: Error) => logger.warn({ err: { message: error.message } }, 'ticket catch-up failed'),
    );
  });
  const transcriptRing = conversationState.createProperty<TranscriptLine[]>('handoffTranscript');
  registerDataStores(dataRegistry, {
    db: stores.sqlite,
    clock,
    messages,
    outcomeTitle: (outcome) => screeningContent.outcomes[outcome as keyof typeof screeningContent.outcomes]?.title ?? outcome,
    storage,
    conversationEraser: new StateEraser(conversationState, userState),
    transcriptRing,
    screeningRecords,
    tickets,
    directLine,
    unanswered,
    bookingClicks,
    staffAccounts,
    audit,
  });
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
      contentVersion: screeningContentVersion,
      retentionDays: config.retentionDays,
    },
  });
  const bot = new LymphBot(conversationState, userState, mainDialog, messages);

  const authentication = directLine.routeReplies(createAuthentication(config));
  const adapter = createAdapter({
    config,
    logger,
    metrics,
    messages,
    conversationState,
    authentication,
  });
  // Outermost: a database outage gets a polite "please try again" and leaves state as it was.
  adapter.use(new StorageOutageMiddleware(messages, logger));
  // Then everything below runs inside the conversation's turn, one turn at a time, in arrival order
  // (across instances on PostgreSQL: an advisory lock per conversation).
  adapter.use(new TurnOrderMiddleware(overrides.turnLock ?? cluster.turnLock));
  adapter.use(new MetricsMiddleware(metrics));
  proactive = new AdapterProactiveMessenger(adapter, config.microsoftApp.id);
  // Before the red-flag middleware, so an urgent answer is in the redacted ring a ticket's excerpt comes from.
  adapter.use(
    new TranscriptRingMiddleware(
      transcriptRing,
      clock,
      noteUrgentOnTicket(handoff, messages.text('handoff_note_urgent'), logger),
      async (context) => (await deps.memory.get(context))?.healthCheckActive === true,
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
  // "What do you know about me", answered from every registered store; after red flags, before the relay.
  adapter.use(new AboutMeMiddleware(privacy.aboutMe, dataRegistry, messages, config.retentionDays));
  // After the red-flag middleware: red flags still fire while a team member has the conversation.
  adapter.use(
    new HandoffRelayMiddleware(handoff, logger, {
      idle: [messages.text('welcome_back'), messages.text('fallback')],
      noted: messages.text('handoff_waiting_noted'),
      acknowledgeAfter: [messages.text('safety_net')],
    }),
  );
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
  registerMessagesRoute(server, {
    adapter,
    logic: (context) => bot.run(context),
    authentication,
    appId: config.microsoftApp.id,
    trustedProxies: config.trustedProxies,
    logger,
  });
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
    // Counted in the database on PostgreSQL, so the limits hold across instances.
    loginLimiter: new LoginLimiter(clock, 5, undefined, cluster.loginFailures),
    addressLimiter: new LoginLimiter(clock, 20, undefined, cluster.loginFailures),
    ...(demoContent ? { contentNotice: messages.text('staff_demo_content_notice') } : {}),
    accountLockout: new AccountLockout(clock, 10, undefined, undefined, undefined, cluster.loginFailures),
    trustedProxies: config.trustedProxies,
    healthDetails: new HealthWords(privacy.redaction, messages.text('staff_health_details_withheld')),
    clearances: {
      async lookup(code) {
        if (!('findByClearanceCode' in screeningRecords)) return undefined;
        const record = await (screeningRecords as ScreeningRecordRepository & ClearanceCodeLookup).findByClearanceCode(code);
        return record ? clearanceView(record, screeningContent) : undefined;
      },
    },
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
  // Timers on every instance; the sweep itself runs once per period for the whole cluster.
  const handoffSweepMs = config.handoff.sweepSeconds * 1000;
  const handoffTimer = setInterval(
    () =>
      void cluster.sweeps
        .runIfDue('handoff', handoffSweepMs, sweepHandoff)
        .catch((error: Error) => logger.warn({ err: { message: error.message } }, 'hand-off sweep not run')),
    handoffSweepMs,
  );
  handoffTimer.unref();
  registerWebChannels(server, {
    config,
    directLine,
    adapter,
    logic: (context) => bot.run(context),
    spa,
    words: channelContent.webchat,
    welcome: messages.text('welcome'),
    logger,
  });

  const sweepRetention = async () => {
    const now = clock.now();
    const cutoff = new Date(now.getTime() - config.retentionDays * DAY_MS);
    const report = await dataRegistry.sweep(cutoff, now, (store, error) =>
      logger.warn({ store, err: { message: error.message } }, 'retention sweep failed for a store'),
    );
    const removed = report.filter((entry) => entry.removed > 0);
    if (removed.length > 0) logger.info({ removed, retentionDays: config.retentionDays }, 'deleted expired data');
  };
  const sweepRetentionOnce = () =>
    cluster.sweeps.runIfDue('retention', RETENTION_SWEEP_EVERY_MS, sweepRetention).catch((error: Error) => {
      logger.warn({ err: { message: error.message } }, 'retention sweep not run');
      return false;
    });
  await sweepRetentionOnce();
  const sweepTimer = setInterval(() => void sweepRetentionOnce(), RETENTION_SWEEP_EVERY_MS);
  sweepTimer.unref();

  return {
    server,
    adapter,
    logger,
    metrics,
    dataLocation,
    dataRegistry,
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
      await stores.close();
    },
  };
}
