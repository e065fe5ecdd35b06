import { Pool, type PoolClient, type PoolConfig, types } from 'pg';

/**
 * PostgreSQL for several bot instances sharing one database (STORAGE=postgres). Times are stored as
 * epoch milliseconds in BIGINT columns, as in SQLite, so both back-ends read and write the same shapes.
 */
export interface PostgresDatabase {
  readonly pool: Pool;
  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PostgreSQL's error code for a duplicate key (a name or id already taken). */
export const UNIQUE_VIOLATION = '23505';

/** BIGINT (epoch ms, counters) as a JavaScript number: every value we store fits in 2^53. */
const BIGINT_OID = 20;
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === BIGINT_OID && format !== 'binary') return (value: string) => Number(value);
    return types.getTypeParser(oid, format);
  },
} as PoolConfig['types'];

/**
 * Schema changes in order, recorded in `schema_migrations` (version, applied_at). A small ordered list
 * rather than a migration tool: it is the same approach as SQLite's `user_version` list, DDL is
 * transactional in PostgreSQL, and one advisory lock makes instances that start together apply each
 * step exactly once.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE state (
     key        TEXT PRIMARY KEY,
     value      JSONB NOT NULL,
     version    BIGINT NOT NULL,
     updated_at BIGINT NOT NULL
   );
   CREATE INDEX state_updated_at ON state (updated_at);
   -- eTags are row versions from one sequence, so a deleted and re-created key never reuses an old eTag.
   CREATE SEQUENCE state_version;
   CREATE TABLE unanswered_questions (
     text     TEXT PRIMARY KEY,
     count    INTEGER NOT NULL,
     first_at BIGINT NOT NULL,
     last_at  BIGINT NOT NULL
   );
   CREATE TABLE screening_records (
     seq              BIGSERIAL UNIQUE,
     id               TEXT PRIMARY KEY,
     conversation_id  TEXT NOT NULL,
     user_id          TEXT,
     outcome          TEXT NOT NULL,
     allowed_services JSONB NOT NULL,
     clinician_kind   TEXT,
     fired_rules      JSONB NOT NULL,
     rules_version    TEXT NOT NULL,
     completed_at     BIGINT NOT NULL
   );
   CREATE INDEX screening_records_conversation ON screening_records (conversation_id, completed_at);
   CREATE INDEX screening_records_user ON screening_records (user_id, completed_at);
   CREATE INDEX screening_records_completed_at ON screening_records (completed_at);
   CREATE TABLE safety_events (
     seq             BIGSERIAL UNIQUE,
     id              TEXT PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     user_id         TEXT,
     flag_id         TEXT NOT NULL,
     at              BIGINT NOT NULL
   );
   CREATE INDEX safety_events_conversation ON safety_events (conversation_id, at);
   CREATE INDEX safety_events_user ON safety_events (user_id, at);
   CREATE INDEX safety_events_at ON safety_events (at);
   CREATE TABLE directline_conversations (
     id             TEXT PRIMARY KEY,
     user_id        TEXT NOT NULL,
     created_at     BIGINT NOT NULL,
     updated_at     BIGINT NOT NULL,
     last_watermark INTEGER NOT NULL
   );
   CREATE INDEX directline_conversations_updated_at ON directline_conversations (updated_at);
   CREATE TABLE directline_activities (
     conversation_id TEXT NOT NULL,
     watermark       INTEGER NOT NULL,
     body            TEXT NOT NULL,
     created_at      BIGINT NOT NULL,
     PRIMARY KEY (conversation_id, watermark)
   );
   CREATE TABLE tickets (
     id              TEXT PRIMARY KEY,
     status          TEXT NOT NULL,
     conversation_id TEXT NOT NULL,
     created_at      BIGINT NOT NULL,
     version         INTEGER NOT NULL,
     body            TEXT NOT NULL
   );
   CREATE INDEX tickets_status ON tickets (status, created_at);
   CREATE INDEX tickets_conversation ON tickets (conversation_id, status);
   CREATE TABLE ticket_messages (
     id        BIGSERIAL PRIMARY KEY,
     ticket_id TEXT NOT NULL,
     sender    TEXT NOT NULL,
     author    TEXT,
     text      TEXT NOT NULL,
     at        BIGINT NOT NULL
   );
   CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id, id);
   CREATE TABLE staff_accounts (
     name          TEXT PRIMARY KEY,
     role          TEXT NOT NULL,
     password_hash TEXT NOT NULL,
     created_at    BIGINT NOT NULL
   );
   CREATE TABLE staff_sessions (
     token_hash TEXT PRIMARY KEY,
     name       TEXT NOT NULL,
     csrf_token TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     expires_at BIGINT NOT NULL
   );
   CREATE INDEX staff_sessions_name ON staff_sessions (name);
   CREATE TABLE audit_log (
     id        BIGSERIAL PRIMARY KEY,
     at        BIGINT NOT NULL,
     actor     TEXT NOT NULL,
     action    TEXT NOT NULL,
     ticket_id TEXT,
     detail    TEXT
   );
   CREATE TABLE booking_offers (
     ref        TEXT NOT NULL,
     service_id TEXT NOT NULL,
     channel    TEXT NOT NULL,
     at         BIGINT NOT NULL
   );
   CREATE INDEX booking_offers_at ON booking_offers (at);
   CREATE TABLE booking_clicks (
     ref        TEXT,
     service_id TEXT NOT NULL,
     at         BIGINT NOT NULL
   );
   CREATE INDEX booking_clicks_at ON booking_clicks (at);
   -- Values every instance must share, such as the generated Direct Line secret.
   CREATE TABLE settings (
     key   TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );`,
  // Failed staff logins, shared by every instance (src/staff/login-limiter.ts).
  `CREATE TABLE login_failures (
     key TEXT NOT NULL,
     at  BIGINT NOT NULL
   );
   CREATE INDEX login_failures_key ON login_failures (key, at);`,
  // The clearance reference on a needs_clearance booking card, looked up by the front desk; and the channel a
  // safety event came from, for the staff console's list of urgent events.
  `ALTER TABLE screening_records ADD COLUMN clearance_code TEXT;
   CREATE INDEX screening_records_clearance_code ON screening_records (clearance_code);
   ALTER TABLE safety_events ADD COLUMN channel_id TEXT;`,
];

/** Any number: only this service takes it, to serialise migrations between instances. */
const MIGRATION_LOCK = 7_340_101;

/** Connects a pool to `url` and brings the schema up to date (idempotent, safe from several instances). */
export async function openPostgresDatabase(url: string, options: { max?: number } = {}): Promise<PostgresDatabase> {
  // Bounded waits for a connection and for an answer: with the server gone or the network silent, a turn
  // fails (and the person is told so) instead of hanging.
  const pool = new Pool({
    connectionString: url,
    max: options.max ?? 10,
    types: typeParsers,
    connectionTimeoutMillis: 5_000,
    query_timeout: 30_000,
  });
  // An idle client whose server went away emits 'error'; without a listener that would end the process.
  pool.on('error', () => {});
  const db: PostgresDatabase = {
    pool,
    async transaction(work) {
      const client = await pool.connect();
      // Between statements the client reports a lost server as an event; the next statement fails anyway.
      let broken: Error | undefined;
      const lost = (error: Error) => {
        broken ??= error;
      };
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.off('error', lost);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
  try {
    await migratePostgres(db);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return db;
}

/** Applies the migrations not yet recorded; returns how many ran. */
export async function migratePostgres(db: PostgresDatabase): Promise<number> {
  return db.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
    );
    const { rows } = await client.query<{ version: number }>('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations');
    const applied = Number(rows[0]?.version ?? 0);
    for (let step = applied; step < POSTGRES_MIGRATIONS.length; step++) {
      await client.query(POSTGRES_MIGRATIONS[step]!);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [step + 1, Date.now()]);
    }
    return POSTGRES_MIGRATIONS.length - applied;
  });
}

/**
 * The value stored under `key`, or `create()`'s, stored first: every instance of a cluster reads the same
 * one (the first writer wins; the others read it back).
 */
export async function sharedSetting(db: PostgresDatabase, key: string, create: () => string): Promise<string> {
  await db.pool.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, create()]);
  const { rows } = await db.pool.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
  return rows[0]!.value;
}
