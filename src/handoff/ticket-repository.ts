import type { Ticket, TicketStatus } from './ticket';

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
