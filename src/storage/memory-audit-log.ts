import type { AuditEntry, AuditLog } from '../staff/audit-log';

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
