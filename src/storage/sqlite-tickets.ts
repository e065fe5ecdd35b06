import { ConflictError } from '../errors';
import type { Ticket, TicketStatus } from '../handoff/ticket';
import { prepared, type SqliteDatabase } from './sqlite-database';
import { toTicket, toTicketMessage } from './rows';
import type { TicketMessage, TicketRepository } from '../handoff/ticket-repository';

/**
 * Tickets on SQLite: the ticket as a JSON document with the columns queries need beside it (status,
 * conversation, created time, version for compare-and-set), and relayed messages in their own table.
 */
export class SqliteTickets implements TicketRepository {
  constructor(private readonly db: SqliteDatabase) {}

  async create(ticket: Ticket): Promise<void> {
    try {
      prepared(
        this.db,
        `INSERT INTO tickets (id, status, conversation_id, created_at, version, body)
           VALUES (@id, @status, @conversationId, @createdAt, @version, @body)`,
      ).run(this.columns(ticket));
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
        throw new ConflictError(`ticket:${ticket.id}`);
      throw error;
    }
  }

  async get(id: string): Promise<Ticket | undefined> {
    const row = prepared(this.db, 'SELECT body FROM tickets WHERE id = ?').get(id);
    return row === undefined ? undefined : toTicket(row);
  }

  async save(ticket: Ticket, expectedVersion: number): Promise<void> {
    const result = prepared(
      this.db,
      `UPDATE tickets SET status = @status, version = @version, body = @body
         WHERE id = @id AND version = @expectedVersion`,
    ).run({ ...this.columns(ticket), expectedVersion });
    if (result.changes !== 1) throw new ConflictError(`ticket:${ticket.id}`);
  }

  async list(statuses: readonly TicketStatus[]): Promise<Ticket[]> {
    if (statuses.length === 0) return [];
    const marks = statuses.map(() => '?').join(', ');
    return prepared(this.db, `SELECT body FROM tickets WHERE status IN (${marks}) ORDER BY created_at, id`)
      .all(...statuses)
      .map(toTicket);
  }

  async activeForConversation(conversationId: string): Promise<Ticket | undefined> {
    const row = prepared(
      this.db,
      `SELECT body FROM tickets WHERE conversation_id = ? AND status IN ('open', 'claimed')
         ORDER BY created_at DESC, id DESC LIMIT 1`,
    ).get(conversationId);
    return row === undefined ? undefined : toTicket(row);
  }

  async addMessage(message: Omit<TicketMessage, 'id'>): Promise<TicketMessage> {
    const result = prepared(
      this.db,
      'INSERT INTO ticket_messages (ticket_id, sender, author, text, at) VALUES (?, ?, ?, ?, ?)',
    ).run(message.ticketId, message.from, message.author ?? null, message.text, message.at.getTime());
    return { ...message, id: Number(result.lastInsertRowid), at: new Date(message.at) };
  }

  async messages(ticketId: string): Promise<TicketMessage[]> {
    return prepared(this.db, 'SELECT * FROM ticket_messages WHERE ticket_id = ? ORDER BY id')
      .all(ticketId)
      .map(toTicketMessage);
  }

  async deleteForConversation(conversationId: string): Promise<number> {
    return this.deleteWhere('conversation_id = ?', conversationId);
  }

  async deleteOlderThan(before: Date): Promise<number> {
    return this.deleteWhere('created_at < ?', before.getTime());
  }

  private deleteWhere(where: string, value: string | number): number {
    return this.db.transaction(() => {
      prepared(
        this.db,
        `DELETE FROM ticket_messages WHERE ticket_id IN (SELECT id FROM tickets WHERE ${where})`,
      ).run(value);
      return prepared(this.db, `DELETE FROM tickets WHERE ${where}`).run(value).changes;
    })();
  }

  private columns(ticket: Ticket) {
    return {
      id: ticket.id,
      status: ticket.status,
      conversationId: ticket.conversationId,
      createdAt: ticket.createdAt.getTime(),
      version: ticket.version,
      body: JSON.stringify(ticket),
    };
  }
}
