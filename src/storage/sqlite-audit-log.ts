import type { AuditEntry, AuditLog } from '../staff/audit-log';
import { toAuditEntry } from './rows';
import { prepared, type SqliteDatabase } from './sqlite-database';

export class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: SqliteDatabase) {}

  async record(entry: Omit<AuditEntry, 'id'>): Promise<void> {
    prepared(
      this.db,
      'INSERT INTO audit_log (at, actor, action, ticket_id, detail) VALUES (?, ?, ?, ?, ?)',
    ).run(
      entry.at.getTime(),
      entry.actor,
      entry.action,
      entry.ticketId ?? null,
      entry.detail ? JSON.stringify(entry.detail) : null,
    );
  }

  async deleteOlderThan(before: Date): Promise<number> {
    return prepared(this.db, 'DELETE FROM audit_log WHERE at < ?').run(before.getTime()).changes;
  }

  async list(options: { limit?: number; ticketId?: string } = {}): Promise<AuditEntry[]> {
    const rows = prepared(
      this.db,
      `SELECT * FROM audit_log WHERE (@ticketId IS NULL OR ticket_id = @ticketId) ORDER BY id DESC LIMIT @limit`,
    ).all({ ticketId: options.ticketId ?? null, limit: options.limit ?? 100 });
    return rows.map(toAuditEntry);
  }
}
