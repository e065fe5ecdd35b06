import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { type DirectLineStore, MemoryDirectLineStore } from '../directline/conversation-store';
import { PostgresDirectLineStore } from './postgres-conversation-store';
import { ephemeralSecret, loadOrCreateSecret } from '../directline/secret-file';
import { SqliteDirectLineStore } from './sqlite-conversation-store';
import { type AuditLog, MemoryAuditLog } from '../staff/audit-log';
import { type BookingClickRepository, MemoryBookingClicks } from '../booking/booking-clicks';
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
import { MemoryScreeningRecords, type ScreeningRecordRepository } from '../screening/screening-records';
import { SqliteAuditLog } from './sqlite-audit-log';
import { SqliteBookingClicks } from './sqlite-booking-clicks';
import { openSqliteDatabase, type SqliteDatabase, sqliteFileIn } from './sqlite-database';
import { SqliteScreeningRecords } from './sqlite-screening-records';
import { SqliteStaffAccounts } from './sqlite-staff-accounts';
import { SqliteStorage } from './sqlite-storage';
import { SqliteTickets } from './sqlite-tickets';
import { SqliteUnansweredQuestions } from './sqlite-unanswered-questions';
import { MemoryStaffAccounts, type StaffAccountRepository } from '../staff/staff-accounts';
import type { StateStore } from './state-store';
import { MemoryTickets, type TicketRepository } from '../handoff/ticket-repository';
import { MemoryUnansweredQuestions, type UnansweredQuestionRepository } from '../kb/unanswered-questions';

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
export async function createStores(config: Config, clock: Clock, onError?: ClusterErrorReporter): Promise<Stores> {
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
