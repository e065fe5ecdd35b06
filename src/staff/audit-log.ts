/**
 * What staff did and when: logins, claims, replies, closes, account changes. Ids and action names only;
 * never what anyone wrote (a reply is logged by its length).
 */
export interface AuditEntry {
  readonly id: number;
  readonly at: Date;
  /** The staff member's name, "api" for the API token, or "cli". */
  readonly actor: string;
  readonly action: string;
  readonly ticketId?: string;
  /** Small, non-personal details: a role, a message length, a failure reason. */
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}

export interface AuditLog {
  record(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  /** Newest first. */
  list(options?: { limit?: number; ticketId?: string }): Promise<AuditEntry[]>;
  /** Retention: removes entries from before `before`; returns how many went. */
  deleteOlderThan(before: Date): Promise<number>;
}
