import { ConflictError } from '../errors';
import { type PostgresDatabase, UNIQUE_VIOLATION } from './postgres-database';
import { toStaffAccount, toStaffSession } from './rows';
import type { StaffAccount, StaffAccountRepository, StaffSession } from '../staff/staff-accounts';

export class PostgresStaffAccounts implements StaffAccountRepository {
  constructor(private readonly db: PostgresDatabase) {}

  async add(account: StaffAccount): Promise<void> {
    try {
      await this.db.pool.query(
        'INSERT INTO staff_accounts (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4)',
        [account.name, account.role, account.passwordHash, account.createdAt.getTime()],
      );
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new ConflictError(`staff:${account.name}`);
      throw error;
    }
  }

  async get(name: string): Promise<StaffAccount | undefined> {
    const { rows } = await this.db.pool.query('SELECT * FROM staff_accounts WHERE name = $1', [name]);
    return rows[0] === undefined ? undefined : toStaffAccount(rows[0]);
  }

  async list(): Promise<StaffAccount[]> {
    const { rows } = await this.db.pool.query('SELECT * FROM staff_accounts ORDER BY name COLLATE "C"');
    return rows.map(toStaffAccount);
  }

  async remove(name: string): Promise<boolean> {
    return this.db.transaction(async (client) => {
      await client.query('DELETE FROM staff_sessions WHERE name = $1', [name]);
      const result = await client.query('DELETE FROM staff_accounts WHERE name = $1', [name]);
      return (result.rowCount ?? 0) > 0;
    });
  }

  async createSession(session: StaffSession): Promise<void> {
    await this.db.pool.query(
      'INSERT INTO staff_sessions (token_hash, name, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [session.tokenHash, session.name, session.csrfToken, session.createdAt.getTime(), session.expiresAt.getTime()],
    );
  }

  async findSession(tokenHash: string, now: Date): Promise<StaffSession | undefined> {
    const { rows } = await this.db.pool.query(
      `SELECT s.* FROM staff_sessions s JOIN staff_accounts a ON a.name = s.name
         WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [tokenHash, now.getTime()],
    );
    if (rows[0] === undefined) return undefined;
    return toStaffSession(rows[0]);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.pool.query('DELETE FROM staff_sessions WHERE token_hash = $1', [tokenHash]);
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    const result = await this.db.pool.query('DELETE FROM staff_sessions WHERE expires_at <= $1', [now.getTime()]);
    return result.rowCount ?? 0;
  }
}
