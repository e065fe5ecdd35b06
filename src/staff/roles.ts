import { isOverdue, queuePosition, type Ticket, type TicketContact, type TicketStatus, type TranscriptLine } from '../handoff/ticket';

/** Who works the console. Front desk handles contact and logistics; clinicians also see health details. */
export const STAFF_ROLES = ['front_desk', 'clinician'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A message on a ticket after it was opened: the person's, a staff member's, or a note from the system. */
export interface TicketMessageView {
  readonly id: number;
  readonly from: 'person' | 'staff' | 'system';
  readonly author?: string;
  readonly text: string;
  readonly at: string;
}

/** What any role sees of a ticket in a list. */
export interface TicketSummaryView {
  readonly id: string;
  readonly status: TicketStatus;
  readonly reason: Ticket['reason'];
  readonly mode: Ticket['mode'];
  readonly channel: string;
  readonly needsClinician: boolean;
  readonly createdAt: string;
  readonly dueBy: string;
  readonly overdue: boolean;
  readonly queuePosition?: number;
  readonly claimedBy?: string;
  readonly contact?: TicketContact;
  /** Whether this role may claim it. */
  readonly claimable: boolean;
}

/** One ticket in full, as far as the role may see it. */
export interface TicketDetailView extends TicketSummaryView {
  readonly excerpt: readonly TranscriptLine[];
  readonly note?: string;
  readonly messages: readonly TicketMessageView[];
  /** Health details from the screening: the clinician role only. */
  readonly screening?: Ticket['screening'];
  readonly closedBy?: string;
  readonly closedAt?: string;
  readonly expiredAt?: string;
}

/** Whether a role may take a ticket: referrals after screening need a clinician. */
export function mayClaim(role: StaffRole, ticket: Ticket): boolean {
  return ticket.status === 'open' && (!ticket.needsClinician || role === 'clinician');
}

/** Who is acting on a ticket. */
export interface TicketActor {
  readonly name: string;
  readonly role: StaffRole;
}

/**
 * Why an actor may not reply on or close a ticket, or undefined when they may: a clinician-only ticket
 * needs a clinician, and a ticket someone else claimed is theirs (front desk and clinicians alike; the
 * claimer can hand it back by closing it).
 */
export function mayNotActReason(actor: TicketActor, ticket: Ticket): string | undefined {
  if (ticket.needsClinician && actor.role !== 'clinician') return 'this ticket needs a clinician';
  if ((ticket.status === 'claimed' || ticket.status === 'closed') && ticket.claimedBy !== actor.name)
    return `this ticket is claimed by ${ticket.claimedBy}`;
  return undefined;
}

/**
 * Spots health details in free text (relayed messages, excerpts): the front desk sees a placeholder
 * instead of any line that names a condition, a symptom or a treatment.
 */
export interface HealthDetailFilter {
  containsHealthDetails(text: string): boolean;
  /** What the front desk sees instead ("health details — clinician only"). */
  readonly withheld: string;
}

/** Whether a role may see the screening's health details. */
export function maySeeHealthDetails(role: StaffRole): boolean {
  return role === 'clinician';
}

export function summaryView(ticket: Ticket, role: StaffRole, now: Date, openTickets: readonly Ticket[]): TicketSummaryView {
  const position = queuePosition(ticket, openTickets);
  return {
    id: ticket.id,
    status: ticket.status,
    reason: ticket.reason,
    mode: ticket.mode,
    channel: ticket.channel,
    needsClinician: ticket.needsClinician,
    createdAt: ticket.createdAt.toISOString(),
    dueBy: ticket.dueBy.toISOString(),
    overdue: isOverdue(ticket, now),
    ...(position !== undefined ? { queuePosition: position } : {}),
    ...(ticket.status === 'claimed' || ticket.status === 'closed' ? { claimedBy: ticket.claimedBy } : {}),
    ...(ticket.contact ? { contact: ticket.contact } : {}),
    claimable: mayClaim(role, ticket),
  };
}

/**
 * The ticket as a role may see it. Front desk: reason, contact, channel, and for tickets it may handle the
 * conversation excerpt and messages (it may be handling the chat); never the screening's health details.
 * Clinician: all.
 */
export function detailView(
  ticket: Ticket,
  role: StaffRole,
  now: Date,
  openTickets: readonly Ticket[],
  messages: readonly TicketMessageView[],
  health: HealthDetailFilter,
): TicketDetailView {
  // A referral after screening is clinical from the first line: front desk sees that it exists and how to
  // reach the person, not what they said.
  const conversationVisible = !ticket.needsClinician || maySeeHealthDetails(role);
  // Front desk: any line with a health word, and every note (notes are for the clinician: an outcome's
  // reasons, "for the obstetrician"), becomes the placeholder.
  const shown = (text: string) =>
    maySeeHealthDetails(role) || !health.containsHealthDetails(text) ? text : health.withheld;
  return {
    ...summaryView(ticket, role, now, openTickets),
    excerpt: conversationVisible ? ticket.excerpt.map((line) => ({ ...line, text: shown(line.text) })) : [],
    ...(ticket.note && conversationVisible
      ? { note: maySeeHealthDetails(role) ? ticket.note : health.withheld }
      : {}),
    messages: conversationVisible ? messages.map((message) => ({ ...message, text: shown(message.text) })) : [],
    ...(ticket.screening && maySeeHealthDetails(role) ? { screening: ticket.screening } : {}),
    ...(ticket.status === 'closed' ? { closedBy: ticket.closedBy, closedAt: ticket.closedAt.toISOString() } : {}),
    ...(ticket.status === 'expired' ? { expiredAt: ticket.expiredAt.toISOString() } : {}),
  };
}
