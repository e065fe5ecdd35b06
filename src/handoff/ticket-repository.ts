import type { Ticket, TicketStatus } from './ticket';
import { ConflictError } from '../errors';

/**
 * Escalation tickets and the messages relayed on them. The ticket type is the handoff domain's (a type-only
 * import: storage keeps what the domain hands it and enforces no rules of its own except optimistic
 * concurrency: `save` fails with ConflictError when the stored version is not the expected one).
 */
export interface TicketMessage {
  readonly id: number;
  readonly ticketId: string;
  readonly from: 'person' | 'staff' | 'system';
  readonly author?: string;
  readonly text: string;
  readonly at: Date;
}

export interface TicketRepository {
  create(ticket: Ticket): Promise<void>;
  get(id: string): Promise<Ticket | undefined>;
  /** Replaces the ticket when the stored version is `expectedVersion`; otherwise ConflictError. */
  save(ticket: Ticket, expectedVersion: number): Promise<void>;
  /** Oldest first. */
  list(statuses: readonly TicketStatus[]): Promise<Ticket[]>;
  /** The conversation's open or claimed ticket (the newest, should there be several). */
  activeForConversation(conversationId: string): Promise<Ticket | undefined>;
  addMessage(message: Omit<TicketMessage, 'id'>): Promise<TicketMessage>;
  /** Oldest first. */
  messages(ticketId: string): Promise<TicketMessage[]>;
  /** "Delete my data": every ticket of the conversation and its messages; returns how many tickets went. */
  deleteForConversation(conversationId: string): Promise<number>;
  /** Retention: tickets (and their messages) created before `before`; returns how many tickets went. */
  deleteOlderThan(before: Date): Promise<number>;
}

export class MemoryTickets implements TicketRepository {
  private tickets = new Map<string, Ticket>();
  private messageList: TicketMessage[] = [];
  private nextMessageId = 1;

  async create(ticket: Ticket): Promise<void> {
    if (this.tickets.has(ticket.id)) throw new ConflictError(`ticket:${ticket.id}`);
    this.tickets.set(ticket.id, structuredClone(ticket));
  }

  async get(id: string): Promise<Ticket | undefined> {
    const ticket = this.tickets.get(id);
    return ticket ? structuredClone(ticket) : undefined;
  }

  async save(ticket: Ticket, expectedVersion: number): Promise<void> {
    const stored = this.tickets.get(ticket.id);
    if (!stored || stored.version !== expectedVersion) throw new ConflictError(`ticket:${ticket.id}`);
    this.tickets.set(ticket.id, structuredClone(ticket));
  }

  async list(statuses: readonly TicketStatus[]): Promise<Ticket[]> {
    return [...this.tickets.values()]
      .filter((t) => statuses.includes(t.status))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
      .map((t) => structuredClone(t));
  }

  async activeForConversation(conversationId: string): Promise<Ticket | undefined> {
    const active = (await this.list(['open', 'claimed'])).filter((t) => t.conversationId === conversationId);
    return active.at(-1);
  }

  async addMessage(message: Omit<TicketMessage, 'id'>): Promise<TicketMessage> {
    const stored = { ...message, id: this.nextMessageId++, at: new Date(message.at) };
    this.messageList.push(stored);
    return { ...stored };
  }

  async messages(ticketId: string): Promise<TicketMessage[]> {
    return this.messageList.filter((m) => m.ticketId === ticketId).map((m) => ({ ...m, at: new Date(m.at) }));
  }

  async deleteForConversation(conversationId: string): Promise<number> {
    return this.deleteWhere((t) => t.conversationId === conversationId);
  }

  async deleteOlderThan(before: Date): Promise<number> {
    return this.deleteWhere((t) => t.createdAt.getTime() < before.getTime());
  }

  private deleteWhere(test: (ticket: Ticket) => boolean): number {
    const gone = [...this.tickets.values()].filter(test).map((t) => t.id);
    for (const id of gone) this.tickets.delete(id);
    this.messageList = this.messageList.filter((m) => !gone.includes(m.ticketId));
    return gone.length;
  }
}
