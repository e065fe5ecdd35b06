import { ConflictError } from '../errors';
import type { Ticket, TicketStatus } from '../handoff/ticket';
import { type PostgresDatabase, UNIQUE_VIOLATION } from './postgres-database';
import { toTicket, toTicketMessage } from './rows';
import type { TicketMessage, TicketRepository } from '../handoff/ticket-repository';

/**
 * Tickets on PostgreSQL, the same layout as SqliteTickets: the ticket as a JSON document beside the
 * columns queries need, and `version` for compare-and-set, so two instances claiming one ticket at the
 * same moment cannot both win.
 */
export class PostgresTickets implements TicketRepository {
  constructor(private readonly db: PostgresDatabase) {}

  async create(ticket: Ticket): Promise<void> {
    try {
      await this.db.pool.query(
        `INSERT INTO tickets (id, status, conversation_id, created_at, version, body) VALUES ($1, $2, $3, $4, $5, $6)`,
        [ticket.id, ticket.status, ticket.conversationId, ticket.createdAt.getTime(), ticket.version, JSON.stringify(ticket)],
      );
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new ConflictError(`ticket:${ticket.id}`);
      throw error;
    }
  }

  async get(id: string): Promise<Ticket | undefined> {
    const { rows } = await this.db.pool.query('SELECT body FROM tickets WHERE id = $1', [id]);
    return rows[0] === undefined ? undefined : toTicket(rows[0]);
  }

  async save(ticket: Ticket, expectedVersion: number): Promise<void> {
    const result = await this.db.pool.query(
      'UPDATE tickets SET status = $2, version = $3, body = $4 WHERE id = $1 AND version = $5',
      [ticket.id, ticket.status, ticket.version, JSON.stringify(ticket), expectedVersion],
    );
    if (result.rowCount !== 1) throw new ConflictError(`ticket:${ticket.id}`);
  }

  async list(statuses: readonly TicketStatus[]): Promise<Ticket[]> {
    if (statuses.length === 0) return [];
    const { rows } = await this.db.pool.query(
      'SELECT body FROM tickets WHERE status = ANY($1) ORDER BY created_at, id COLLATE "C"',
      [[...statuses]],
    );
    return rows.map(toTicket);
  }

  async activeForConversation(conversationId: string): Promise<Ticket | undefined> {
    const { rows } = await this.db.pool.query(
      `SELECT body FROM tickets WHERE conversation_id = $1 AND status IN ('open', 'claimed')
         ORDER BY created_at DESC, id COLLATE "C" DESC LIMIT 1`,
      [conversationId],
    );
    return rows[0] === undefined ? undefined : toTicket(rows[0]);
  }

  async addMessage(message: Omit<TicketMessage, 'id'>): Promise<TicketMessage> {
    const { rows } = await this.db.pool.query<{ id: number }>(
      'INSERT INTO ticket_messages (ticket_id, sender, author, text, at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [message.ticketId, message.from, message.author ?? null, message.text, message.at.getTime()],
    );
    return { ...message, id: Number(rows[0]!.id), at: new Date(message.at) };
  }

  async messages(ticketId: string): Promise<TicketMessage[]> {
    const { rows } = await this.db.pool.query('SELECT * FROM ticket_messages WHERE ticket_id = $1 ORDER BY id', [
      ticketId,
    ]);
    return rows.map(toTicketMessage);
  }

  async deleteForConversation(conversationId: string): Promise<number> {
    return this.deleteWhere('conversation_id = $1', conversationId);
  }

  async deleteOlderThan(before: Date): Promise<number> {
    return this.deleteWhere('created_at < $1', before.getTime());
  }

  private deleteWhere(where: string, value: string | number): Promise<number> {
    return this.db.transaction(async (client) => {
      await client.query(`DELETE FROM ticket_messages WHERE ticket_id IN (SELECT id FROM tickets WHERE ${where})`, [
        value,
      ]);
      const result = await client.query(`DELETE FROM tickets WHERE ${where}`, [value]);
      return result.rowCount ?? 0;
    });
  }
}
