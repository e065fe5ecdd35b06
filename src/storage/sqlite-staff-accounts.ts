import { ConflictError } from '../errors';
import { prepared, type SqliteDatabase } from './sqlite-database';
import { toStaffAccount, toStaffSession } from './rows';
import type { StaffAccount, StaffAccountRepository, StaffSession } from '../staff/staff-accounts';

export class SqliteStaffAccounts implements StaffAccountRepository {
  constructor(private readonly db: SqliteDatabase) {}

  async add(account: StaffAccount): Promise<void> {
    try {
      prepared(
        this.db,
        'INSERT INTO staff_accounts (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)',
      ).run(account.name, account.role, account.passwordHash, account.createdAt.getTime());
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
        throw new ConflictError(`staff:${account.name}`);
      throw error;
    }
  }

  async get(name: string): Promise<StaffAccount | undefined> {
    const row = prepared(this.db, 'SELECT * FROM staff_accounts WHERE name = ?').get(name);
    return row === undefined ? undefined : toStaffAccount(row);
  }

  async list(): Promise<StaffAccount[]> {
    return prepared(this.db, 'SELECT * FROM staff_accounts ORDER BY name').all().map(toStaffAccount);
  }

  async remove(name: string): Promise<boolean> {
    return this.db.transaction(() => {
      prepared(this.db, 'DELETE FROM staff_sessions WHERE name = ?').run(name);
      return prepared(this.db, 'DELETE FROM staff_accounts WHERE name = ?').run(name).changes > 0;
    })();
  }

  async createSession(session: StaffSession): Promise<void> {
    prepared(
      this.db,
      'INSERT INTO staff_sessions (token_hash, name, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ).run(
      session.tokenHash,
      session.name,
      session.csrfToken,
      session.createdAt.getTime(),
      session.expiresAt.getTime(),
    );
  }

  async findSession(tokenHash: string, now: Date): Promise<StaffSession | undefined> {
    const raw = prepared(
      this.db,
      `SELECT s.* FROM staff_sessions s JOIN staff_accounts a ON a.name = s.name
         WHERE s.token_hash = ? AND s.expires_at > ?`,
    ).get(tokenHash, now.getTime());
    if (raw === undefined) return undefined;
    return toStaffSession(raw);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    prepared(this.db, 'DELETE FROM staff_sessions WHERE token_hash = ?').run(tokenHash);
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    return prepared(this.db, 'DELETE FROM staff_sessions WHERE expires_at <= ?').run(now.getTime()).changes;
  }
}
