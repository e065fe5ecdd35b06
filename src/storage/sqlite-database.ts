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
];

/** Opens (creating when needed) the SQLite file and brings its schema up to date. */
export function openSqliteDatabase(file: string): SqliteDatabase {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets readers run while a write is in progress and survives a crash without a corrupt file.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
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
