import { ShowTypingMiddleware } from 'botbuilder';
import { buildMainDialog } from '../conversation/build-main-dialog';
import { createMemoryAccessor } from '../conversation/conversation-memory';
import type { DialogDependencies } from '../conversation/dialog-dependencies';
import type { HandoffSetup } from '../../dialogs/handoff-dialog';
import type { QuestionAnswering } from '../../dialogs/question-dialog';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Handoff } from '../handoff/create-handoff';
import { screeningSummaries } from '../handoff/screening-summary';
import { knowledgeReadings } from '../kb';
import { spaLiveAnswers } from '../kb/spa-answers';
import type { Knowledge } from './knowledge';
import type { LanguageBackends } from '../language/language-backends';
import type { Recognizer } from '../language/intents';
import { MessageRouter } from '../language/message-router';
import { RouteFallback } from '../language/route-fallback';
import { looksLikeQuestion } from '../language/vocabulary';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';
import { contextsFromAnswers, holdClearance } from '../screening';
import { subjectOf } from '../screening/screening-records';
import type { TurnLock } from '../storage/turn-lock';
import type { Storage } from '../storage/stores';
import { AboutMeMiddleware } from './about-me-middleware';
import type { LymphAdapter } from './adapter';
import { HandoffRelayMiddleware, noteUrgentOnTicket, TranscriptRingMiddleware } from './handoff-middleware';
import { LymphBot } from './lymph-bot';
import { MetricsMiddleware } from './metrics-middleware';
import { RedFlagMiddleware } from './red-flag-middleware';
import { SafetyNetMiddleware } from './safety-net-middleware';
import { StorageOutageMiddleware } from './storage-outage-middleware';
import { TurnOrderMiddleware } from './turn-lock';

export interface BotParts {
  knowledge: Knowledge;
  language: LanguageBackends;
  localRecognizer: Recognizer;
  storage: Storage;
  handoff: Handoff;
  /** The booking links: the services catalogue and where clicks are counted. */
  booking: { catalogue: Knowledge['services']; clicks: Storage['bookingClicks']; publicBaseUrl: string };
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  /** Orders each conversation's turns; by default the cluster's. */
  turnLock?: TurnLock;
}

/** The bot with every dialog, and the middleware its turns pass on `adapter`. */
export function createBot(config: Config, adapter: LymphAdapter, parts: BotParts): LymphBot {
  const { bot, dialogs } = createDialogs(config, parts);
  useTurnPipeline(adapter, dialogs, parts, config.retentionDays);
  return bot;
}

/** Every dialog, and the bot that runs them. */
function createDialogs(config: Config, parts: BotParts): { bot: LymphBot; dialogs: DialogDependencies } {
  const { knowledge, storage, clock } = parts;
  const { messages } = knowledge;
  const router = MessageRouter.fromContent(
    knowledge.routing,
    knowledge.intents,
    knowledgeReadings(knowledge.searchIndex, knowledge.declines),
  );
  const { routeModel } = knowledge;
  const deps: DialogDependencies = {
    recognizer: parts.language.recognizer,
    localRecognizer: parts.localRecognizer,
    router,
    ...(routeModel && {
      routeFallback: new RouteFallback(routeModel, router, knowledge.searchIndex, knowledge.declines),
    }),
    messages,
    vocabulary: knowledge.vocabulary,
    eraser: { erase: (context) => storage.dataRegistry.erase(context) },
    memory: createMemoryAccessor(storage.conversationState),
    clock,
    safetyHoldClearable: holdClearance(knowledge.redFlags),
    safetyContextFromAnswers: (answers) => contextsFromAnswers(knowledge.redFlags, answers),
  };
  const questionAnswering: QuestionAnswering = {
    index: knowledge.searchIndex,
    articles: new Map(knowledge.knowledgeBase.articles.map((article) => [article.id, article])),
    declines: knowledge.declines,
    unanswered: storage.unanswered,
    ...(parts.language.writer ? { writer: parts.language.writer } : {}),
    liveAnswer: spaLiveAnswers(knowledge.spa, knowledge.spaAnswerWords, (id, vars) =>
      messages.text(id, vars),
    ),
  };
  const screeningFor = screeningSummaries(storage.screeningRecords, knowledge.screening);
  const handoff: HandoffSetup = {
    service: parts.handoff.service,
    transcript: storage.transcriptRing,
    targetMinutes: config.handoff.targetMinutes,
    screeningFor: (context) => screeningFor(subjectOf(context.activity)),
  };
  const mainDialog = buildMainDialog(deps, {
    services: knowledge.services,
    booking: parts.booking,
    handoff,
    questionAnswering,
    screening: {
      content: knowledge.screening,
      records: storage.screeningRecords,
      validDays: config.screeningValidDays,
      contentVersion: knowledge.screeningContentVersion,
      retentionDays: config.retentionDays,
    },
  });
  const bot = new LymphBot(storage.conversationState, storage.userState, mainDialog, messages);
  return { bot, dialogs: deps };
}

/** The middleware every turn passes, outermost first; the order is the safety design (see each comment). */
function useTurnPipeline(
  adapter: LymphAdapter,
  dialogs: DialogDependencies,
  parts: BotParts,
  retentionDays: number,
): void {
  const { knowledge, storage, handoff, clock, logger } = parts;
  const { messages, spa } = knowledge;
  // Outermost: a database outage gets a polite "please try again" and leaves state as it was.
  adapter.use(new StorageOutageMiddleware(messages, logger));
  // Then everything below runs inside the conversation's turn, one turn at a time, in arrival order
  // (across instances on PostgreSQL: an advisory lock per conversation).
  adapter.use(new TurnOrderMiddleware(parts.turnLock ?? storage.cluster.turnLock));
  adapter.use(new MetricsMiddleware(parts.metrics));
  // Before the red-flag middleware, so an urgent answer is in the redacted ring a ticket's excerpt comes from.
  adapter.use(
    new TranscriptRingMiddleware(
      storage.transcriptRing,
      clock,
      noteUrgentOnTicket(handoff.service, messages.text('handoff_note_urgent'), logger),
      (context) => dialogs.memory.healthCheckActive(context),
    ),
  );
  // Before any dialog and before state is loaded for the turn: an emergency answer pre-empts everything.
  adapter.use(
    new RedFlagMiddleware({
      content: knowledge.safety,
      messages,
      emergencyNumber: spa.emergencyNumber,
      conversationState: storage.conversationState,
      memory: dialogs.memory,
      events: storage.screeningRecords,
      clock,
      logger,
    }),
  );
  // "What do you know about me", answered from every registered store; after red flags, before the relay.
  adapter.use(
    new AboutMeMiddleware(knowledge.privacy.aboutMe, storage.dataRegistry, messages, retentionDays),
  );
  // After the red-flag middleware: red flags still fire while a team member has the conversation.
  adapter.use(
    new HandoffRelayMiddleware(handoff.service, logger, {
      idle: [messages.text('welcome_back'), messages.text('fallback')],
      noted: messages.text('handoff_waiting_noted'),
      acknowledgeAfter: [messages.text('safety_net')],
      asksQuestion: (text) => looksLikeQuestion(knowledge.vocabulary, text),
    }),
  );
  // After the relay (a live chat's message goes to the team member): a symptom never gets a command or a plain fallback.
  adapter.use(
    new SafetyNetMiddleware({
      redFlags: knowledge.redFlags,
      conversationState: storage.conversationState,
      dialogs,
      emergencyNumber: spa.emergencyNumber,
    }),
  );
  adapter.use(new ShowTypingMiddleware());
  // Each reply is rendered for its channel by the adapter itself (LymphAdapter), after every middleware.
}
