import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/** The one database file under DATA_DIR; the service and the curator CLIs agree on it here. */
export function sqliteFileIn(dataDir: string): string {
  return path.join(dataDir, 'lymph.sqlite');
}

/**
 * Schema changes, in order. `PRAGMA user_version` records how many have run, so a new release
 * upgrades an old file in place and never runs a step twice.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE state (
     key        TEXT PRIMARY KEY,
     value      TEXT NOT NULL,
     etag       TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX state_updated_at ON state (updated_at);`,
  `CREATE TABLE unanswered_questions (
     text     TEXT PRIMARY KEY,
     count    INTEGER NOT NULL,
     first_at INTEGER NOT NULL,
     last_at  INTEGER NOT NULL
   );`,
  // Screening outcomes and safety events for audit. Deliberately no answers column: answers live only in
  // the dialog's state while a screening runs (src/screening/screening-records.ts).
  `CREATE TABLE screening_records (
     id               TEXT PRIMARY KEY,
     conversation_id  TEXT NOT NULL,
     user_id          TEXT,
     outcome          TEXT NOT NULL,
     allowed_services TEXT NOT NULL,
     clinician_kind   TEXT,
     fired_rules      TEXT NOT NULL,
     rules_version    TEXT NOT NULL,
     completed_at     INTEGER NOT NULL
   );
   CREATE INDEX screening_records_conversation ON screening_records (conversation_id, completed_at);
   CREATE INDEX screening_records_user ON screening_records (user_id, completed_at);
   CREATE INDEX screening_records_completed_at ON screening_records (completed_at);
   CREATE TABLE safety_events (
     id              TEXT PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     user_id         TEXT,
     flag_id         TEXT NOT NULL,
     at              INTEGER NOT NULL
   );
   CREATE INDEX safety_events_conversation ON safety_events (conversation_id, at);
   CREATE INDEX safety_events_user ON safety_events (user_id, at);
   CREATE INDEX safety_events_at ON safety_events (at);`,
  // The self-hosted Direct Line's conversations and their activities, in watermark order
  // (src/storage/sqlite-conversation-store.ts).
  `CREATE TABLE directline_conversations (
     id             TEXT PRIMARY KEY,
     user_id        TEXT NOT NULL,
     created_at     INTEGER NOT NULL,
     updated_at     INTEGER NOT NULL,
     last_watermark INTEGER NOT NULL
   );
   CREATE INDEX directline_conversations_updated_at ON directline_conversations (updated_at);
   CREATE TABLE directline_activities (
     conversation_id TEXT NOT NULL,
     watermark       INTEGER NOT NULL,
     body            TEXT NOT NULL,
     created_at      INTEGER NOT NULL,
     PRIMARY KEY (conversation_id, watermark)
   );`,
  // Handoff: escalation tickets (a JSON document beside the columns queries need) and the messages relayed on
  // them; staff accounts, console sessions (token hashes only) and the audit log of staff actions; booking
  // offers and clicks for conversion figures (opaque refs and service ids, no personal data).
  `CREATE TABLE tickets (
     id              TEXT PRIMARY KEY,
     status          TEXT NOT NULL,
     conversation_id TEXT NOT NULL,
     created_at      INTEGER NOT NULL,
     version         INTEGER NOT NULL,
     body            TEXT NOT NULL
   );
   CREATE INDEX tickets_status ON tickets (status, created_at);
   CREATE INDEX tickets_conversation ON tickets (conversation_id, status);
   CREATE TABLE ticket_messages (
     id        INTEGER PRIMARY KEY AUTOINCREMENT,
     ticket_id TEXT NOT NULL,
     sender    TEXT NOT NULL,
     author    TEXT,
     text      TEXT NOT NULL,
     at        INTEGER NOT NULL
   );
   CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id, id);
   CREATE TABLE staff_accounts (
     name          TEXT PRIMARY KEY,
     role          TEXT NOT NULL,
     password_hash TEXT NOT NULL,
     created_at    INTEGER NOT NULL
   );
   CREATE TABLE staff_sessions (
     token_hash TEXT PRIMARY KEY,
     name       TEXT NOT NULL,
     csrf_token TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX staff_sessions_name ON staff_sessions (name);
   CREATE TABLE audit_log (
     id        INTEGER PRIMARY KEY AUTOINCREMENT,
     at        INTEGER NOT NULL,
     actor     TEXT NOT NULL,
     action    TEXT NOT NULL,
     ticket_id TEXT,
     detail    TEXT
   );
   CREATE TABLE booking_offers (
     ref        TEXT NOT NULL,
     service_id TEXT NOT NULL,
     channel    TEXT NOT NULL,
     at         INTEGER NOT NULL
   );
   CREATE INDEX booking_offers_at ON booking_offers (at);
   CREATE TABLE booking_clicks (
     ref        TEXT,
     service_id TEXT NOT NULL,
     at         INTEGER NOT NULL
   );
   CREATE INDEX booking_clicks_at ON booking_clicks (at);`,
  // The clearance reference on a needs_clearance booking card, looked up by the front desk.
  `ALTER TABLE screening_records ADD COLUMN clearance_code TEXT;
   CREATE INDEX screening_records_clearance_code ON screening_records (clearance_code);`,
  // Safety events say which channel they came from, for the staff console's list of urgent events.
  `ALTER TABLE safety_events ADD COLUMN channel_id TEXT;`,
];

const statements = new WeakMap<SqliteDatabase, Map<string, Database.Statement>>();

/**
 * The prepared statement for `sql` on `db`, compiled on first use and reused after: repositories run the
 * same few statements on every turn, and preparing is the costly part of a small query.
 */
export function prepared(db: SqliteDatabase, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** Opens (creating when needed) the SQLite file and brings its schema up to date. */
export function openSqliteDatabase(file: string): SqliteDatabase {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets readers run while a write is in progress and survives a crash without a corrupt file.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros, so "delete my data" leaves nothing readable in the file.
  db.pragma('secure_delete = ON');
  migrate(db);
  return db;
}

function migrate(db: SqliteDatabase): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  for (let step = applied; step < MIGRATIONS.length; step++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[step]!);
      db.pragma(`user_version = ${step + 1}`);
    })();
  }
}

/**
 * Copies the write-ahead log into the main file and truncates it: after an erasure, the old page images
 * in the WAL (which secure_delete does not touch) are gone from disk too.
 */
export function checkpointAndTruncate(db: SqliteDatabase): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
