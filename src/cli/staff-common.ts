import { existsSync } from 'node:fs';
import dotenv from 'dotenv';
import { loadConfig } from '../config';
import { SqliteAuditLog } from '../storage/sqlite-audit-log';
import { openSqliteDatabase, type SqliteDatabase, sqliteFileIn } from '../storage/sqlite-database';
import { SqliteStaffAccounts } from '../storage/sqlite-staff-accounts';

/** A staff name: letters, digits, dots, dashes and underscores, 2–40 characters (it is also the login). */
export const STAFF_NAME = /^[\p{L}\p{N}._-]{2,40}$/u;

/** The bot's own database (DATA_DIR), where staff accounts live. */
export function openStaffDatabase(): { db: SqliteDatabase; accounts: SqliteStaffAccounts; audit: SqliteAuditLog } {
  if (existsSync('.env')) dotenv.config({ path: '.env', quiet: true });
  const config = loadConfig();
  if (config.storage !== 'sqlite') throw new Error('staff accounts live in the SQLite database: set STORAGE=sqlite');
  const db = openSqliteDatabase(sqliteFileIn(config.dataDir));
  return { db, accounts: new SqliteStaffAccounts(db), audit: new SqliteAuditLog(db) };
}

/** Exits with a one-line message: 2 for a usage error, 1 for anything else. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
