import { existsSync } from 'node:fs';
import dotenv from 'dotenv';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import type { AuditLog } from '../staff/audit-log';
import type { StaffAccountRepository } from '../staff/staff-accounts';
import { createStores } from '../storage/stores';

/** A staff name: letters, digits, dots, dashes and underscores, 2–40 characters (it is also the login). */
export const STAFF_NAME = /^[\p{L}\p{N}._-]{2,40}$/u;

/** The bot's own database (SQLite under DATA_DIR, or PostgreSQL at DATABASE_URL), where staff accounts live. */
export async function openStaffDatabase(): Promise<{
  accounts: StaffAccountRepository;
  audit: AuditLog;
  close(): Promise<void>;
}> {
  if (existsSync('.env')) dotenv.config({ path: '.env', quiet: true });
  const config = loadConfig();
  if (config.storage === 'memory') {
    throw new Error('staff accounts live in the database: set STORAGE=sqlite or STORAGE=postgres');
  }
  const stores = await createStores(config, systemClock);
  return { accounts: stores.staffAccounts, audit: stores.audit, close: () => stores.close() };
}

/** Exits with a one-line message: 2 for a usage error, 1 for anything else. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
