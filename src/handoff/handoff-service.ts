import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock';
import type { MessageId, Messages } from '../content/messages';
import type { Logger } from '../log';
import type { AuditLog } from '../staff/audit-log';
import type { TicketMessage, TicketRepository } from './ticket-repository';
import { describeLocalTime, nextOpening, type OpeningHours } from './opening-hours';
import { mayClaim, type StaffRole } from '../staff/roles';
import { type NewTicket, openTicket, queuePosition, sweepPlan, type Ticket, transition, type TicketEvent } from './ticket';

/**
 * How a message from the team looks in the person's chat: a staff member's own words carry their name,
 * role and initials (the web chat shows them above the bubble, not as the assistant); a notice (someone
 * joined or left) is a quiet line rather than a bubble. Channels without that look keep the plain text.
 */
export interface StaffLook {
  readonly person?: { readonly name: string; readonly role: string; readonly initials: string; readonly text: string };
  readonly notice?: boolean;
}

/**
 * What a Teams or Slack notification about a ticket says. Words come in already resolved (messages.yaml),
 * and nothing of the screening or the conversation is included: a team channel is not the place for
 * health details. Staff open the console link to see them.
 */
export interface TicketNotice {
  readonly title: string;
  /** One short line: the reason, mode and how many are waiting. */
  readonly summary: string;
  readonly facts: ReadonlyArray<{ readonly title: string; readonly value: string }>;
  readonly consoleUrl: string;
  readonly openLabel: string;
}

/** Sends a message into a person's conversation from outside a turn (src/bot/proactive.ts). */
export interface ProactiveMessenger {
  send(reference: Readonly<Record<string, unknown>>, text: string, look?: StaffLook): Promise<void>;
  /** Shows "typing…" in the person's chat while a team member writes. */
  typing(reference: Readonly<Record<string, unknown>>, person: { readonly name: string }): Promise<void>;
}

const ROLE_LABEL: Record<StaffRole, MessageId> = {
  front_desk: 'handoff_staff_role_front_desk',
  clinician: 'handoff_staff_role_clinician',
};

/** Where new and overdue tickets are announced (Teams/Slack webhooks). */
export interface TicketNotifier {
  notify(notice: TicketNotice): void;
}

/** Who acts on a ticket: a signed-in staff member, or the API token acting as a clinician. */
export interface StaffActor {
  readonly name: string;
  readonly role: StaffRole;
}

/** `elsewhere`: the change was made on another instance of the service (and is only being passed on here). */
export type TicketChange = { readonly type: 'ticket'; readonly ticketId: string; readonly elsewhere?: boolean };

/**
 * Why the hand-off refused an action, in its own words: `not_allowed` (the role may not), `not_found` (no
 * such ticket), `wrong_state` (not open/claimed/live as the action needs, or changed meanwhile),
 * `not_delivered` (the person's chat could not be reached). src/http/errors.ts maps each to a status.
 */
export type HandoffRefusal = 'not_allowed' | 'not_found' | 'wrong_state' | 'not_delivered';

export type ActionResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly refusal: HandoffRefusal; readonly reason: string };

export interface HandoffServiceOptions {
  readonly tickets: TicketRepository;
  readonly audit: AuditLog;
  readonly clock: Clock;
  readonly messages: Messages;
  readonly spa: OpeningHours;
  readonly proactive: ProactiveMessenger;
  readonly notifier: TicketNotifier;
  /** The console address for a ticket, for notifications. */
  readonly consoleUrl: (ticketId: string) => string;
  readonly targetMinutes: number;
  readonly expireMinutes: number;
  readonly logger?: Pick<Logger, 'warn'>;
  readonly newId?: (now: Date) => string;
}

export type OpenTicketInput = Omit<NewTicket, 'id' | 'now' | 'teamAvailableAt' | 'targetMinutes' | 'expireMinutes'>;

const REASON_LABEL: Record<Ticket['reason'], MessageId> = {
  asked_for_human: 'handoff_reason_asked_for_human',
  screening_referral: 'handoff_reason_screening_referral',
  complaint: 'handoff_reason_complaint',
  unanswered_questions: 'handoff_reason_unanswered_questions',
};

const MODE_LABEL: Record<Ticket['mode'], MessageId> = {
  live: 'handoff_mode_live',
  callback: 'handoff_mode_callback',
};

/**
 * The hand-off use cases on top of the pure ticket rules: open a ticket, claim, relay, close, sweep. It keeps
 * the ticket store, the audit log, the person's conversation (proactive messages) and staff notifications in
 * step, and tells subscribers (the console's live updates) what changed.
 */
export class HandoffService {
  private readonly listeners = new Set<(change: TicketChange) => void>();
  private readonly newId: (now: Date) => string;
  private sequence = 0;

  constructor(private readonly o: HandoffServiceOptions) {
    // Sortable: time, then a per-process sequence, so tickets opened in the same millisecond keep their order.
    this.newId =
      o.newId ??
      ((now) =>
        [
          now.getTime().toString(36).padStart(9, '0'),
          (this.sequence++ % 1_679_616).toString(36).padStart(4, '0'),
          randomBytes(4).toString('hex'),
        ].join('-'));
  }

  subscribe(listener: (change: TicketChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** When the team is next there: now during opening hours. */
  teamAvailableAt(now = this.o.clock.now()): Date | undefined {
    return nextOpening(this.o.spa, now);
  }

  /** The words for a time in the spa's zone: { day, date, time, timeZone }. */
  describe(at: Date): { day: string; date: string; time: string; timeZone: string } {
    return { ...describeLocalTime(at, this.o.spa.timeZone), timeZone: this.o.spa.timeZone };
  }

  async open(input: OpenTicketInput): Promise<{ ticket: Ticket; position?: number }> {
    const now = this.o.clock.now();
    const ticket = openTicket({
      ...input,
      id: this.newId(now),
      now,
      teamAvailableAt: this.teamAvailableAt(now) ?? now,
      targetMinutes: this.o.targetMinutes,
      expireMinutes: this.o.expireMinutes,
    });
    await this.o.tickets.create(ticket);
    const open = await this.o.tickets.list(['open']);
    this.o.notifier.notify(this.notice(ticket, 'notify_new_title', open));
    this.publish(ticket.id);
    return { ticket, position: queuePosition(ticket, open) };
  }

  activeFor(conversationId: string): Promise<Ticket | undefined> {
    return this.o.tickets.activeForConversation(conversationId);
  }

  async positionOf(ticket: Ticket): Promise<number | undefined> {
    return queuePosition(ticket, await this.o.tickets.list(['open']));
  }

  get(id: string): Promise<Ticket | undefined> {
    return this.o.tickets.get(id);
  }

  list(statuses: readonly Ticket['status'][]): Promise<Ticket[]> {
    return this.o.tickets.list(statuses);
  }

  messagesOf(id: string): Promise<TicketMessage[]> {
    return this.o.tickets.messages(id);
  }

  /** Something the person wrote while their ticket is open or claimed: kept on the ticket for staff. */
  async personSaid(ticket: Ticket, text: string): Promise<void> {
    await this.o.tickets.addMessage({ ticketId: ticket.id, from: 'person', text, at: this.o.clock.now() });
    this.publish(ticket.id);
  }

  /** A note from the assistant on the ticket (an urgent answer it gave while staff had the chat). */
  async systemNote(ticket: Ticket, text: string): Promise<void> {
    await this.o.tickets.addMessage({ ticketId: ticket.id, from: 'system', text, at: this.o.clock.now() });
    this.publish(ticket.id);
  }

  async claim(id: string, actor: StaffActor): Promise<ActionResult<Ticket>> {
    const ticket = await this.o.tickets.get(id);
    if (!ticket) return notFound();
    if (ticket.status === 'open' && !mayClaim(actor.role, ticket))
      return { ok: false, refusal: 'not_allowed', reason: 'this ticket needs a clinician' };
    const result = await this.apply(ticket, { type: 'claim', by: actor.name, at: this.o.clock.now() });
    if (!result.ok) return result;
    await this.audit(actor.name, 'ticket.claim', id, { role: actor.role });
    if (result.value.mode === 'live')
      await this.tellPerson(result.value, this.o.messages.text('handoff_joined', { name: actor.name }), {
        notice: true,
      });
    return result;
  }

  /** A staff reply: stored on the ticket and sent into the person's chat. Only on a claimed live ticket. */
  async reply(id: string, actor: StaffActor, text: string): Promise<ActionResult<TicketMessage>> {
    const ticket = await this.o.tickets.get(id);
    if (!ticket) return notFound();
    if (ticket.status !== 'claimed') return { ok: false, refusal: 'wrong_state', reason: `ticket is ${ticket.status}, not claimed` };
    if (ticket.mode !== 'live') return { ok: false, refusal: 'wrong_state', reason: 'a call-back ticket has no live chat' };
    const sent = this.o.messages.text('handoff_staff_says', { name: actor.name, text });
    try {
      await this.o.proactive.send(ticket.conversationReference, sent, {
        person: {
          name: actor.name,
          role: this.o.messages.text(ROLE_LABEL[actor.role]),
          initials: initialsOf(actor.name),
          text,
        },
      });
    } catch (error) {
      this.o.logger?.warn({ ticketId: id, err: { message: (error as Error).message } }, 'staff reply not delivered');
      return { ok: false, refusal: 'not_delivered', reason: "the reply could not be delivered to the person's chat" };
    }
    const message = await this.o.tickets.addMessage({
      ticketId: id,
      from: 'staff',
      author: actor.name,
      text,
      at: this.o.clock.now(),
    });
    await this.audit(actor.name, 'ticket.reply', id, { length: text.length });
    this.publish(id);
    return { ok: true, value: message };
  }

  /** A team member is writing on a claimed live ticket: the person sees "typing…". Best effort. */
  async typing(id: string, actor: StaffActor): Promise<ActionResult<true>> {
    const ticket = await this.o.tickets.get(id);
    if (!ticket) return notFound();
    if (ticket.status !== 'claimed' || ticket.mode !== 'live')
      return { ok: false, refusal: 'wrong_state', reason: `ticket is ${ticket.status}, not a claimed live chat` };
    try {
      await this.o.proactive.typing(ticket.conversationReference, { name: actor.name });
    } catch (error) {
      this.o.logger?.warn({ ticketId: id, err: { message: (error as Error).message } }, 'typing indicator not delivered');
    }
    return { ok: true, value: true };
  }

  async close(id: string, actor: StaffActor): Promise<ActionResult<Ticket>> {
    const ticket = await this.o.tickets.get(id);
    if (!ticket) return notFound();
    const result = await this.apply(ticket, { type: 'close', by: actor.name, at: this.o.clock.now() });
    if (!result.ok) return result;
    await this.audit(actor.name, 'ticket.close', id, { role: actor.role });
    if (result.value.mode === 'live')
      await this.tellPerson(result.value, this.o.messages.text('handoff_closed', { name: actor.name }), {
        notice: true,
      });
    return result;
  }

  async recordView(id: string, actor: StaffActor): Promise<void> {
    await this.audit(actor.name, 'ticket.view', id, { role: actor.role });
  }

  async audit(actor: string, action: string, ticketId?: string, detail?: Record<string, string | number | boolean>) {
    await this.o.audit.record({
      at: this.o.clock.now(),
      actor,
      action,
      ...(ticketId ? { ticketId } : {}),
      ...(detail ? { detail } : {}),
    });
  }

  /**
   * Expires open tickets nobody claimed in time (back to the assistant, which tells the person) and re-notifies
   * staff once about tickets past their target time (the person hears their place in the queue again).
   */
  async sweep(): Promise<{ expired: number; renotified: number }> {
    const now = this.o.clock.now();
    const open = await this.o.tickets.list(['open']);
    const plan = sweepPlan(open, now);
    let expired = 0;
    let renotified = 0;
    for (const ticket of plan.expire) {
      const result = await this.apply(ticket, { type: 'expire', at: now });
      if (!result.ok) continue;
      expired++;
      await this.audit('system', 'ticket.expire', ticket.id);
      await this.tellPerson(result.value, this.o.messages.text('handoff_expired'));
    }
    const stillOpen = await this.o.tickets.list(['open']);
    for (const ticket of plan.renotify) {
      const result = await this.apply(ticket, { type: 'overdue_notified', at: now });
      if (!result.ok) continue;
      renotified++;
      this.o.notifier.notify(this.notice(result.value, 'notify_overdue_title', stillOpen));
      const position = queuePosition(result.value, stillOpen);
      if (position !== undefined)
        await this.tellPerson(result.value, this.o.messages.text('handoff_overdue_person', { position }));
    }
    return { expired, renotified };
  }

  private async apply(ticket: Ticket, event: TicketEvent): Promise<ActionResult<Ticket>> {
    const result = transition(ticket, event);
    if (!result.ok) return { ok: false, refusal: 'wrong_state', reason: `ticket is ${result.status} (${result.error})` };
    try {
      await this.o.tickets.save(result.ticket, ticket.version);
    } catch (error) {
      if ((error as Error).name === 'ConflictError')
        return { ok: false, refusal: 'wrong_state', reason: 'ticket was changed by someone else; reload it' };
      throw error;
    }
    this.publish(ticket.id);
    return { ok: true, value: result.ticket };
  }

  private async tellPerson(ticket: Ticket, text: string, look?: StaffLook): Promise<void> {
    try {
      await this.o.proactive.send(ticket.conversationReference, text, look);
    } catch (error) {
      this.o.logger?.warn({ ticketId: ticket.id, err: { message: (error as Error).message } }, 'could not message the person');
    }
  }

  private notice(ticket: Ticket, title: MessageId, open: readonly Ticket[]): TicketNotice {
    const { messages } = this.o;
    const reason = messages.text(REASON_LABEL[ticket.reason]);
    const mode = messages.text(MODE_LABEL[ticket.mode]);
    const since = this.describe(ticket.createdAt);
    return {
      title: messages.text(title),
      summary: messages.text('notify_summary', { reason, mode, waiting: open.length }),
      facts: [
        { title: messages.text('notify_fact_reason'), value: reason },
        { title: messages.text('notify_fact_channel'), value: ticket.channel },
        { title: messages.text('notify_fact_since'), value: `${since.day} ${since.time} (${since.timeZone})` },
      ],
      consoleUrl: this.o.consoleUrl(ticket.id),
      openLabel: messages.text('notify_open_console'),
    };
  }

  /** Another instance changed a ticket: tells this instance's subscribers (the console streams open here). */
  changedElsewhere(ticketId: string): void {
    this.publish(ticketId, true);
  }

  private publish(ticketId: string, elsewhere = false): void {
    for (const listener of this.listeners) {
      try {
        listener({ type: 'ticket', ticketId, ...(elsewhere ? { elsewhere } : {}) });
      } catch {
        // A broken listener (a closed stream) must not stop the others.
      }
    }
  }
}

/** "Clara" → "CL", "Ana Ruiz" → "AR": the avatar in the person's chat. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? words[0]!.charAt(0) + words.at(-1)!.charAt(0) : (words[0] ?? '').slice(0, 2);
  return letters.toUpperCase();
}

function notFound(): { ok: false; refusal: 'not_found'; reason: string } {
  return { ok: false, refusal: 'not_found', reason: 'no such ticket' };
}
