import type { Ticket, TicketStatus } from '../handoff/ticket';
import { ConflictError } from '../errors';
import type { TicketMessage, TicketRepository } from '../handoff/ticket-repository';

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
