import type { AuditEntry, AuditLog } from '../staff/audit-log';
import { toAuditEntry } from './rows';
import type { PostgresDatabase } from './postgres-database';

export class PostgresAuditLog implements AuditLog {
  constructor(private readonly db: PostgresDatabase) {}

  async record(entry: Omit<AuditEntry, 'id'>): Promise<void> {
    await this.db.pool.query('INSERT INTO audit_log (at, actor, action, ticket_id, detail) VALUES ($1, $2, $3, $4, $5)', [
      entry.at.getTime(),
      entry.actor,
      entry.action,
      entry.ticketId ?? null,
      entry.detail ? JSON.stringify(entry.detail) : null,
    ]);
  }

  async deleteOlderThan(before: Date): Promise<number> {
    const result = await this.db.pool.query('DELETE FROM audit_log WHERE at < $1', [before.getTime()]);
    return result.rowCount ?? 0;
  }

  async list(options: { limit?: number; ticketId?: string } = {}): Promise<AuditEntry[]> {
    const { rows } = await this.db.pool.query(
      'SELECT * FROM audit_log WHERE ($1::text IS NULL OR ticket_id = $1::text) ORDER BY id DESC LIMIT $2',
      [options.ticketId ?? null, options.limit ?? 100],
    );
    return rows.map(toAuditEntry);
  }
}
