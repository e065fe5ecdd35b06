

/** A person who works the staff console. Roles are the handoff domain's; storage keeps them as given. */
export interface StaffAccount {
  readonly name: string;
  readonly role: 'front_desk' | 'clinician';
  /** `scrypt$…` from src/staff/passwords.ts; never the password. */
  readonly passwordHash: string;
  readonly createdAt: Date;
}

/** A signed-in console session. Only the token's hash is stored. */
export interface StaffSession {
  readonly tokenHash: string;
  readonly name: string;
  /** Sent back in X-CSRF-Token with every state-changing request of this session. */
  readonly csrfToken: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export interface StaffAccountRepository {
  /** ConflictError when the name is taken. */
  add(account: StaffAccount): Promise<void>;
  get(name: string): Promise<StaffAccount | undefined>;
  list(): Promise<StaffAccount[]>;
  /** Removes the account and its sessions; false when there was none. */
  remove(name: string): Promise<boolean>;
  createSession(session: StaffSession): Promise<void>;
  /** The session when it exists and has not expired at `now`. */
  findSession(tokenHash: string, now: Date): Promise<StaffSession | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteExpiredSessions(now: Date): Promise<number>;
}
