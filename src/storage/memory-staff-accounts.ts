import { ConflictError } from '../errors';
import type { StaffAccount, StaffAccountRepository, StaffSession } from '../staff/staff-accounts';

export class MemoryStaffAccounts implements StaffAccountRepository {
  private readonly accounts = new Map<string, StaffAccount>();
  private readonly sessions = new Map<string, StaffSession>();

  async add(account: StaffAccount): Promise<void> {
    if (this.accounts.has(account.name)) throw new ConflictError(`staff:${account.name}`);
    this.accounts.set(account.name, { ...account, createdAt: new Date(account.createdAt) });
  }

  async get(name: string): Promise<StaffAccount | undefined> {
    const account = this.accounts.get(name);
    return account ? { ...account, createdAt: new Date(account.createdAt) } : undefined;
  }

  async list(): Promise<StaffAccount[]> {
    return [...this.accounts.values()]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((a) => ({ ...a, createdAt: new Date(a.createdAt) }));
  }

  async remove(name: string): Promise<boolean> {
    for (const [hash, session] of this.sessions) if (session.name === name) this.sessions.delete(hash);
    return this.accounts.delete(name);
  }

  async createSession(session: StaffSession): Promise<void> {
    this.sessions.set(session.tokenHash, { ...session });
  }

  async findSession(tokenHash: string, now: Date): Promise<StaffSession | undefined> {
    const session = this.sessions.get(tokenHash);
    if (!session || session.expiresAt.getTime() <= now.getTime() || !this.accounts.has(session.name))
      return undefined;
    return { ...session };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.sessions.delete(tokenHash);
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    let removed = 0;
    for (const [hash, session] of this.sessions) {
      if (session.expiresAt.getTime() <= now.getTime()) {
        this.sessions.delete(hash);
        removed++;
      }
    }
    return removed;
  }
}
