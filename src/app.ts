import { ConversationState, ShowTypingMiddleware, UserState } from 'botbuilder';
import type { Server } from 'restify';
import { createMemoryAccessor } from '../dialogs/conversation-memory';
import { DeleteDataDialog } from '../dialogs/delete-data-dialog';
import { type QuestionAnswering, QuestionDialog } from '../dialogs/question-dialog';
import type { DialogDependencies } from '../dialogs/dialog-dependencies';
import { MainDialog } from '../dialogs/main-dialog';
import { createAdapter } from './bot/adapter';
import { LymphBot } from './bot/lymph-bot';
import { MetricsMiddleware } from './bot/metrics-middleware';
import { StateEraser } from './bot/state-eraser';
import { type Clock, systemClock } from './clock';
import type { Config } from './config';
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
import { LocalRecognizer } from './language/local-recognizer';
import { createLogger, type Logger } from './log';
import { createMetrics, type Metrics } from './metrics';
import { MemoryStateStore } from './storage/memory-state-store';
import { openSqliteDatabase, type SqliteDatabase, sqliteFileIn } from './storage/sqlite-database';
import { SqliteStorage } from './storage/sqlite-storage';
import { SqliteUnansweredQuestions } from './storage/sqlite-unanswered-questions';
import type { StateStore } from './storage/state-store';
import { MemoryUnansweredQuestions, type UnansweredQuestionRepository } from './storage/unanswered-questions';

const DAY_MS = 86_400_000;

const RETENTION_SWEEP_EVERY_MS = 60 * 60 * 1000;

/** Parts a test or benchmark may swap; everything else is built from config. */
export interface AppOverrides {
  clock?: Clock;
  logger?: Logger;
  recognizer?: Recognizer;
  storage?: StateStore;
}

export interface App {
  server: Server;
  logger: Logger;
  metrics: Metrics;
  /** Where state lives, for the start-up line: a file path, or "memory". */
  dataLocation: string;
  /** Stops accepting, waits for in-flight turns (up to the shutdown timeout), closes storage. */
  close(): Promise<void>;
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
  const recognizer =
    overrides.recognizer ??
    (await LocalRecognizer.train(loadIntents(config.knowledgeDir), {
      ask_question: knowledgeBase.articles.flatMap((article) => article.questions),
    }));

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

  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const deps: DialogDependencies = {
    recognizer,
    messages,
    eraser: new StateEraser(conversationState, userState),
    memory: createMemoryAccessor(conversationState),
    clock,
  };
  const questionAnswering: QuestionAnswering = {
    index: buildSearchIndex(knowledgeBase.articles, knowledgeBase.synonyms),
    articles: new Map(knowledgeBase.articles.map((article) => [article.id, article])),
    declines: loadDeclines(config.knowledgeDir, MESSAGE_IDS),
    unanswered,
  };
  const mainDialog = new MainDialog(deps, [new QuestionDialog(deps, questionAnswering), new DeleteDataDialog(deps)]);
  const bot = new LymphBot(conversationState, userState, mainDialog, messages);

  const adapter = createAdapter({ config, logger, metrics, messages, conversationState });
  adapter.use(new MetricsMiddleware(metrics));
  adapter.use(new ShowTypingMiddleware());

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

  const sweepRetention = async () => {
    try {
      const removed = await storage.deleteOlderThan(
        new Date(clock.now().getTime() - config.retentionDays * DAY_MS),
      );
      if (removed > 0)
        logger.info({ removed, retentionDays: config.retentionDays }, 'deleted expired conversation state');
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message } }, 'retention sweep failed');
    }
  };
  await sweepRetention();
  const sweepTimer = setInterval(sweepRetention, RETENTION_SWEEP_EVERY_MS);
  sweepTimer.unref();

  return {
    server,
    logger,
    metrics,
    dataLocation,
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(sweepTimer);
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + config.shutdownTimeoutMs;
      while (inFlight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      server.server.closeIdleConnections?.();
      if (inFlight() > 0) server.server.closeAllConnections?.();
      await stopped;
      db?.close();
    },
  };
}
