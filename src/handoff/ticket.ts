/**
 * Escalation tickets: a person handed from the assistant to the spa's team. The status is a closed union
 * and `transition` is the one function that moves a ticket between statuses:
 *
 *   open ──claim──▶ claimed ──close──▶ closed
 *     └───expire (nobody claimed it by expiresAt)──▶ expired
 *
 * Expiry and "overdue" are stored times that a sweep compares with the clock, never timers.
 */

export const TICKET_STATUSES = ['open', 'claimed', 'closed', 'expired'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Why the assistant handed over. */
export const TICKET_REASONS = ['asked_for_human', 'screening_referral', 'complaint', 'unanswered_questions'] as const;
export type TicketReason = (typeof TICKET_REASONS)[number];

/** live: a team member joins the chat (opening hours); callback: the team calls or writes back later. */
export const TICKET_MODES = ['live', 'callback'] as const;
export type TicketMode = (typeof TICKET_MODES)[number];

/** One line of the redacted transcript excerpt a ticket carries. */
export interface TranscriptLine {
  readonly from: 'person' | 'assistant';
  readonly text: string;
  /** ISO time. */
  readonly at: string;
}

/** The screening behind a ticket: health data, shown to the clinician role only. */
export interface ScreeningSummary {
  readonly outcome: string;
  readonly reasons: readonly string[];
  readonly clinicianKinds: readonly string[];
  readonly allowedServices: readonly string[];
  /** ISO time. */
  readonly completedAt: string;
}

/** Contact details for a call-back, kept only with the person's consent. */
export interface TicketContact {
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
  /** ISO time the person agreed that these details may be stored for the call-back. */
  readonly consentAt: string;
}

interface TicketBase {
  readonly id: string;
  /** Optimistic concurrency: bumped on every saved change. */
  readonly version: number;
  readonly reason: TicketReason;
  readonly mode: TicketMode;
  /** Screening referrals need a clinician; front desk may see that they exist but not take them. */
  readonly needsClinician: boolean;
  readonly conversationId: string;
  readonly channel: string;
  /** The Bot Framework conversation reference, kept as plain data to continue the conversation later. */
  readonly conversationReference: Readonly<Record<string, unknown>>;
  readonly screening?: ScreeningSummary;
  readonly excerpt: readonly TranscriptLine[];
  readonly contact?: TicketContact;
  /** What the person said a complaint is about (redacted). */
  readonly note?: string;
  readonly createdAt: Date;
  /** Claim by then, or the ticket is overdue: re-notified and flagged in the console. */
  readonly dueBy: Date;
  /** An open ticket not claimed by then expires back to the assistant; none for call-backs. */
  readonly expiresAt?: Date;
  readonly overdueNotifiedAt?: Date;
}

export type Ticket =
  | (TicketBase & { readonly status: 'open' })
  | (TicketBase & { readonly status: 'claimed'; readonly claimedBy: string; readonly claimedAt: Date })
  | (TicketBase & {
      readonly status: 'closed';
      readonly claimedBy: string;
      readonly claimedAt: Date;
      readonly closedBy: string;
      readonly closedAt: Date;
    })
  | (TicketBase & { readonly status: 'expired'; readonly expiredAt: Date });

export type TicketEvent =
  | { readonly type: 'claim'; readonly by: string; readonly at: Date }
  | { readonly type: 'close'; readonly by: string; readonly at: Date }
  | { readonly type: 'expire'; readonly at: Date }
  | { readonly type: 'overdue_notified'; readonly at: Date };

export type TransitionError = 'not_open' | 'not_claimed' | 'not_due' | 'already_notified';

export type TransitionResult =
  | { readonly ok: true; readonly ticket: Ticket }
  | { readonly ok: false; readonly error: TransitionError; readonly status: TicketStatus };

/** The one way a ticket changes. Pure: returns the next ticket (version bumped) or why the event does not apply. */
export function transition(ticket: Ticket, event: TicketEvent): TransitionResult {
  const fail = (error: TransitionError): TransitionResult => ({ ok: false, error, status: ticket.status });
  const next = (changes: Partial<Ticket> & { status: TicketStatus }): TransitionResult => ({
    ok: true,
    ticket: { ...ticket, ...changes, version: ticket.version + 1 } as Ticket,
  });
  switch (event.type) {
    case 'claim':
      if (ticket.status !== 'open') return fail('not_open');
      return next({ status: 'claimed', claimedBy: event.by, claimedAt: event.at });
    case 'close':
      if (ticket.status !== 'claimed') return fail('not_claimed');
      return next({
        status: 'closed',
        claimedBy: ticket.claimedBy,
        claimedAt: ticket.claimedAt,
        closedBy: event.by,
        closedAt: event.at,
      });
    case 'expire':
      if (ticket.status !== 'open') return fail('not_open');
      if (!ticket.expiresAt || event.at.getTime() < ticket.expiresAt.getTime()) return fail('not_due');
      return next({ status: 'expired', expiredAt: event.at });
    case 'overdue_notified':
      if (ticket.status !== 'open') return fail('not_open');
      if (ticket.overdueNotifiedAt) return fail('already_notified');
      if (event.at.getTime() < ticket.dueBy.getTime()) return fail('not_due');
      return next({ status: 'open', overdueNotifiedAt: event.at });
  }
}

/** Open and past its target time: shown as overdue, and re-notified once. */
export function isOverdue(ticket: Ticket, now: Date): boolean {
  return ticket.status === 'open' && now.getTime() >= ticket.dueBy.getTime();
}

/**
 * 1-based place in the queue of open live tickets (oldest first); undefined when the ticket is not waiting
 * in it. Call-backs have their own order and do not count.
 */
export function queuePosition(ticket: Ticket, openTickets: readonly Ticket[]): number | undefined {
  if (ticket.status !== 'open' || ticket.mode !== 'live') return undefined;
  const ahead = openTickets.filter(
    (other) =>
      other.status === 'open' &&
      other.mode === 'live' &&
      other.id !== ticket.id &&
      (other.createdAt.getTime() < ticket.createdAt.getTime() ||
        (other.createdAt.getTime() === ticket.createdAt.getTime() && other.id < ticket.id)),
  );
  return ahead.length + 1;
}

/** What a sweep should do now with the open tickets: expire some, re-notify others. */
export function sweepPlan(openTickets: readonly Ticket[], now: Date): { expire: Ticket[]; renotify: Ticket[] } {
  const expire: Ticket[] = [];
  const renotify: Ticket[] = [];
  for (const ticket of openTickets) {
    if (transition(ticket, { type: 'expire', at: now }).ok) expire.push(ticket);
    else if (transition(ticket, { type: 'overdue_notified', at: now }).ok) renotify.push(ticket);
  }
  return { expire, renotify };
}

export interface NewTicket {
  readonly id: string;
  readonly reason: TicketReason;
  readonly mode: TicketMode;
  readonly conversationId: string;
  readonly channel: string;
  readonly conversationReference: Readonly<Record<string, unknown>>;
  readonly screening?: ScreeningSummary;
  readonly excerpt: readonly TranscriptLine[];
  readonly contact?: TicketContact;
  readonly note?: string;
  readonly now: Date;
  /** When the team is (next) there: now for live tickets, the next opening for call-backs. */
  readonly teamAvailableAt: Date;
  readonly targetMinutes: number;
  /** Live tickets only: how long an unclaimed ticket waits before it expires back to the assistant. */
  readonly expireMinutes: number;
}

const MINUTE_MS = 60_000;

/** A new open ticket with its due and expiry times worked out. */
export function openTicket(input: NewTicket): Ticket {
  const { now, teamAvailableAt, targetMinutes, expireMinutes, ...rest } = input;
  const start = Math.max(now.getTime(), teamAvailableAt.getTime());
  return {
    ...rest,
    version: 1,
    status: 'open',
    needsClinician: input.reason === 'screening_referral',
    createdAt: now,
    dueBy: new Date(start + targetMinutes * MINUTE_MS),
    ...(input.mode === 'live' ? { expiresAt: new Date(now.getTime() + expireMinutes * MINUTE_MS) } : {}),
  };
}
