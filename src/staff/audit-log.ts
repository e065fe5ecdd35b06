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

export class MemoryAuditLog implements AuditLog {
  private entries: AuditEntry[] = [];

  async deleteOlderThan(before: Date): Promise<number> {
    const kept = this.entries.filter((e) => e.at >= before);
    const removed = this.entries.length - kept.length;
    this.entries = kept;
    return removed;
  }

  async record(entry: Omit<AuditEntry, 'id'>): Promise<void> {
    this.entries.push({ ...entry, id: this.entries.length + 1, at: new Date(entry.at) });
  }

  async list(options: { limit?: number; ticketId?: string } = {}): Promise<AuditEntry[]> {
    return this.entries
      .filter((e) => options.ticketId === undefined || e.ticketId === options.ticketId)
      .slice()
      .reverse()
      .slice(0, options.limit ?? 100)
      .map((e) => ({ ...e, at: new Date(e.at) }));
  }
}
