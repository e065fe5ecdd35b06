import { ConversationState, type StatePropertyAccessor, UserState } from 'botbuilder';
import type { TranscriptLine } from '../handoff/ticket';
import type { Logger } from '../log';
import { DataRegistry } from './data-registry';
import { type DataStoreWords, registerDataStores } from './data-stores';
import { PersonalDataRedactor, type PrivacyLexicon } from '../content/personal-data-redaction';
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { type DirectLineStore, MemoryDirectLineStore } from './directline-store';
import { PostgresDirectLineStore } from './postgres-conversation-store';
import { ephemeralSecret, loadOrCreateSecret } from './directline-secret';
import { SqliteDirectLineStore } from './sqlite-conversation-store';
import type { AuditLog } from '../staff/audit-log';
import { MemoryAuditLog } from './memory-audit-log';
import type { BookingClickRepository } from '../booking/booking-clicks';
import { MemoryBookingClicks } from './memory-booking-clicks';
import { type Cluster, singleInstanceCluster } from './cluster';
import { MemoryStateStore } from './memory-state-store';
import { PostgresAuditLog } from './postgres-audit-log';
import { PostgresBookingClicks } from './postgres-booking-clicks';
import { openPostgresCluster } from './postgres-cluster';
import { openPostgresDatabase, type PostgresDatabase, sharedSetting } from './postgres-database';
import { PostgresScreeningRecords } from './postgres-screening-records';
import { PostgresStaffAccounts } from './postgres-staff-accounts';
import { PostgresStorage } from './postgres-storage';
import { PostgresTickets } from './postgres-tickets';
import { PostgresUnansweredQuestions } from './postgres-unanswered-questions';
import type { ScreeningRecordRepository } from '../screening/screening-records';
import { MemoryScreeningRecords } from './memory-screening-records';
import { SqliteAuditLog } from './sqlite-audit-log';
import { SqliteBookingClicks } from './sqlite-booking-clicks';
import { openSqliteDatabase, type SqliteDatabase, sqliteFileIn } from './sqlite-database';
import { SqliteScreeningRecords } from './sqlite-screening-records';
import { SqliteStaffAccounts } from './sqlite-staff-accounts';
import { SqliteStorage } from './sqlite-storage';
import { SqliteTickets } from './sqlite-tickets';
import { SqliteUnansweredQuestions } from './sqlite-unanswered-questions';
import type { StaffAccountRepository } from '../staff/staff-accounts';
import { MemoryStaffAccounts } from './memory-staff-accounts';
import type { StateStore } from './state-store';
import type { TicketRepository } from '../handoff/ticket-repository';
import { MemoryTickets } from './memory-tickets';
import { RedactingUnansweredQuestions, type UnansweredQuestionRepository } from '../kb/unanswered-questions';
import { MemoryUnansweredQuestions } from './memory-unanswered-questions';

/** Every repository the service keeps, on one back-end. */
export interface Stores {
  /** Where the data lives, for the start-up line: a file path, a database URL without password, or "memory". */
  readonly location: string;
  readonly state: StateStore;
  readonly unanswered: UnansweredQuestionRepository;
  readonly screeningRecords: ScreeningRecordRepository;
  readonly tickets: TicketRepository;
  readonly staffAccounts: StaffAccountRepository;
  readonly audit: AuditLog;
  readonly bookingClicks: BookingClickRepository;
  readonly directLine: DirectLineStore;
  /** Signs Direct Line tokens when DIRECTLINE_SECRET is empty: kept with the data, so it survives restarts. */
  readonly directLineSecret: string;
  /** The SQLite database when STORAGE=sqlite (erasure checkpoints its write-ahead log). */
  readonly sqlite?: SqliteDatabase;
  /** The PostgreSQL database when STORAGE=postgres (for cross-instance locks and notifications). */
  readonly postgres?: PostgresDatabase;
  /** Turn order, notifications and sweeps across instances (in-process for memory and SQLite). */
  readonly cluster: Cluster;
  close(): Promise<void>;
}

/** Told when a cluster part (notifications) fails and recovers by itself, for the log. */
export type ClusterErrorReporter = (what: string, error: Error) => void;

const DIRECTLINE_SECRET_KEY = 'directline_secret';

/** Opens the configured back-end (STORAGE) and builds every repository on it. */
export async function createStores(
  config: Config,
  clock: Clock,
  onError?: ClusterErrorReporter,
): Promise<Stores> {
  switch (config.storage) {
    case 'postgres':
      return postgresStores(config, clock, onError);
    case 'sqlite':
      return sqliteStores(config, clock);
    default:
      return memoryStores(config, clock);
  }
}

function memoryStores(config: Config, clock: Clock): Stores {
  return {
    location: 'memory',
    state: new MemoryStateStore(clock),
    unanswered: new MemoryUnansweredQuestions(),
    screeningRecords: new MemoryScreeningRecords(),
    tickets: new MemoryTickets(),
    staffAccounts: new MemoryStaffAccounts(),
    audit: new MemoryAuditLog(),
    bookingClicks: new MemoryBookingClicks(),
    directLine: new MemoryDirectLineStore(),
    directLineSecret: config.directLine.secret || ephemeralSecret(),
    cluster: singleInstanceCluster(),
    close: async () => {},
  };
}

function sqliteStores(config: Config, clock: Clock): Stores {
  const file = sqliteFileIn(config.dataDir);
  const db: SqliteDatabase = openSqliteDatabase(file);
  return {
    location: file,
    state: new SqliteStorage(db, clock),
    unanswered: new SqliteUnansweredQuestions(db),
    screeningRecords: new SqliteScreeningRecords(db),
    tickets: new SqliteTickets(db),
    staffAccounts: new SqliteStaffAccounts(db),
    audit: new SqliteAuditLog(db),
    bookingClicks: new SqliteBookingClicks(db),
    directLine: new SqliteDirectLineStore(db),
    directLineSecret: config.directLine.secret || loadOrCreateSecret(config.dataDir),
    sqlite: db,
    // One SQLite file serves one instance.
    cluster: singleInstanceCluster(),
    close: async () => {
      db.close();
    },
  };
}

async function postgresStores(config: Config, clock: Clock, onError?: ClusterErrorReporter): Promise<Stores> {
  const db = await openPostgresDatabase(config.database.url, { max: config.database.poolSize });
  let cluster: Cluster;
  try {
    cluster = await openPostgresCluster(db, {
      url: config.database.url,
      lockConnections: config.database.poolSize,
      clock,
      ...(onError ? { onError } : {}),
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const url = new URL(config.database.url);
  url.password = '';
  return {
    location: url.toString(),
    state: new PostgresStorage(db, clock),
    unanswered: new PostgresUnansweredQuestions(db),
    screeningRecords: new PostgresScreeningRecords(db),
    tickets: new PostgresTickets(db),
    staffAccounts: new PostgresStaffAccounts(db),
    audit: new PostgresAuditLog(db),
    bookingClicks: new PostgresBookingClicks(db),
    directLine: new PostgresDirectLineStore(db),
    // Every instance must verify the tokens the others issue: the generated secret lives in the database.
    directLineSecret:
      config.directLine.secret ||
      (await sharedSetting(db, DIRECTLINE_SECRET_KEY, () => randomBytes(32).toString('base64url'))),
    postgres: db,
    cluster,
    close: async () => {
      await cluster.close();
      await db.close();
    },
  };
}

/** Repositories a test or benchmark may swap for its own. */
export interface StoreOverrides {
  storage?: StateStore;
  screeningRecords?: ScreeningRecordRepository;
  staffAccounts?: StaffAccountRepository;
  audit?: AuditLog;
}

/** The configured stores with bot state over them, every one joined to the erasure and retention registry. */
export interface Storage extends Stores {
  readonly conversationState: ConversationState;
  readonly userState: UserState;
  /** The last lines of the conversation, redacted, for a ticket's excerpt (kept in conversation state). */
  readonly transcriptRing: StatePropertyAccessor<TranscriptLine[]>;
  /** "Delete my data", the retention sweep and "what do you know about me" go through this one list. */
  readonly dataRegistry: DataRegistry;
}

export interface StorageParts {
  clock: Clock;
  logger: Logger;
  overrides?: StoreOverrides;
  /** The words unanswered questions are redacted of before they are kept (privacy.yaml). */
  redaction: PrivacyLexicon['redaction'];
  words: DataStoreWords;
}

/** createStores, plus bot state, redaction of kept questions and the registry every repository joins. */
export async function createStorage(config: Config, parts: StorageParts): Promise<Storage> {
  const { clock, logger, overrides = {} } = parts;
  const stores = await createStores(config, clock, (what, error) =>
    logger.warn({ err: { message: error.message } }, what),
  );
  const state = overrides.storage ?? stores.state;
  const conversationState = new ConversationState(state);
  const storage: Storage = {
    ...stores,
    state,
    unanswered: new RedactingUnansweredQuestions(
      stores.unanswered,
      new PersonalDataRedactor(parts.redaction),
    ),
    screeningRecords: overrides.screeningRecords ?? stores.screeningRecords,
    staffAccounts: overrides.staffAccounts ?? stores.staffAccounts,
    audit: overrides.audit ?? stores.audit,
    conversationState,
    userState: new UserState(state),
    transcriptRing: conversationState.createProperty<TranscriptLine[]>('handoffTranscript'),
    dataRegistry: new DataRegistry(),
    close: () => stores.close(),
  };
  registerDataStores(
    storage.dataRegistry,
    { ...storage, db: stores.sqlite, storage: state, directLine: stores.directLine },
    parts.words,
  );
  return storage;
}

const DAY_MS = 86_400_000;
const RETENTION_SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Deletes what is older than RETENTION_DAYS from every registered store: now, then hourly (once per
 * period for the whole cluster). Returns the stop function.
 */
export async function startRetentionSweep(
  storage: Storage,
  retentionDays: number,
  clock: Clock,
  logger: Logger,
): Promise<() => void> {
  const sweep = async () => {
    const now = clock.now();
    const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
    const report = await storage.dataRegistry.sweep(cutoff, now, (store, error) =>
      logger.warn({ store, err: { message: error.message } }, 'retention sweep failed for a store'),
    );
    const removed = report.filter((entry) => entry.removed > 0);
    if (removed.length > 0) logger.info({ removed, retentionDays }, 'deleted expired data');
  };
  const sweepOnce = () =>
    storage.cluster.sweeps.runIfDue('retention', RETENTION_SWEEP_EVERY_MS, sweep).catch((error: Error) => {
      logger.warn({ err: { message: error.message } }, 'retention sweep not run');
      return false;
    });
  await sweepOnce();
  const timer = setInterval(() => void sweepOnce(), RETENTION_SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
