import { ConflictError } from '../../../src/errors';
import { openTicket, type Ticket, transition } from '../../../src/handoff/ticket';
import type { BookingClickRepository } from '../../../src/booking/booking-clicks';
import type { AuditLog } from '../../../src/staff/audit-log';
import type { TicketRepository } from '../../../src/handoff/ticket-repository';

const T0 = new Date('2026-11-24T18:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

export function newTicket(id: string, conversationId = `conv-${id}`, createdMinutes = 0): Ticket {
  return openTicket({
    id,
    reason: 'asked_for_human',
    mode: 'live',
    conversationId,
    channel: 'emulator',
    conversationReference: { conversation: { id: conversationId }, serviceUrl: 'http://127.0.0.1:1/' },
    excerpt: [{ from: 'person', text: 'a person please', at: T0.toISOString() }],
    screening: { outcome: 'suitable', reasons: [], clinicianKinds: [], allowedServices: ['mld-60'], completedAt: T0.toISOString() },
    contact: { name: 'Sam', email: 'sam@example.com', consentAt: T0.toISOString() },
    note: 'late',
    now: at(createdMinutes),
    teamAvailableAt: at(createdMinutes),
    targetMinutes: 10,
    expireMinutes: 60,
  });
}

function step(ticket: Ticket, event: Parameters<typeof transition>[1]): Ticket {
  const result = transition(ticket, event);
  if (!result.ok) throw new Error(result.error);
  return result.ticket;
}

/** Every TicketRepository behaves the same: memory and SQLite. */
export function describeTicketsContract(name: string, create: () => TicketRepository): void {
  describe(`TicketRepository contract: ${name}`, () => {
    it('stores a ticket and reads it back whole, dates and all', async () => {
      const repo = create();
      const ticket = newTicket('a');
      await repo.create(ticket);
      expect(await repo.get('a')).toEqual(ticket);
      expect(await repo.get('nope')).toBeUndefined();
      await expect(repo.create(ticket)).rejects.toBeInstanceOf(ConflictError);
    });

    it('saves a change only over the version it read (two staff claiming at once: one wins)', async () => {
      const repo = create();
      const ticket = newTicket('a');
      await repo.create(ticket);
      const first = step(ticket, { type: 'claim', by: 'Ana', at: at(1) });
      const second = step(ticket, { type: 'claim', by: 'Ben', at: at(1) });
      await repo.save(first, ticket.version);
      await expect(repo.save(second, ticket.version)).rejects.toBeInstanceOf(ConflictError);
      expect(await repo.get('a')).toMatchObject({ status: 'claimed', claimedBy: 'Ana', version: 2 });
    });

    it('lists by status, oldest first, and finds the conversation’s active ticket', async () => {
      const repo = create();
      const b = newTicket('b', 'conv-x', 5);
      const a = newTicket('a', 'conv-x', 1);
      await repo.create(b);
      await repo.create(a);
      expect((await repo.list(['open'])).map((t) => t.id)).toEqual(['a', 'b']);
      await repo.save(step(a, { type: 'claim', by: 'Ana', at: at(6) }), a.version);
      expect((await repo.list(['claimed'])).map((t) => t.id)).toEqual(['a']);
      expect((await repo.list(['open', 'claimed'])).map((t) => t.id)).toEqual(['a', 'b']);
      expect((await repo.activeForConversation('conv-x'))?.id).toBe('b');
      expect(await repo.activeForConversation('conv-none')).toBeUndefined();
      expect(await repo.list([])).toEqual([]);
    });

    it('keeps relayed messages in order per ticket', async () => {
      const repo = create();
      await repo.create(newTicket('a'));
      await repo.create(newTicket('b'));
      await repo.addMessage({ ticketId: 'a', from: 'person', text: '<script>1</script>', at: at(1) });
      await repo.addMessage({ ticketId: 'b', from: 'person', text: 'other', at: at(1) });
      await repo.addMessage({ ticketId: 'a', from: 'staff', author: 'Ana', text: 'hi', at: at(2) });
      const messages = await repo.messages('a');
      expect(messages.map((m) => [m.from, m.author, m.text])).toEqual([
        ['person', undefined, '<script>1</script>'],
        ['staff', 'Ana', 'hi'],
      ]);
      expect(messages[1]!.at).toEqual(at(2));
    });

    it('deletes a conversation’s tickets and messages, and tickets past retention', async () => {
      const repo = create();
      await repo.create(newTicket('a', 'conv-1', 0));
      await repo.create(newTicket('b', 'conv-2', 100));
      await repo.addMessage({ ticketId: 'a', from: 'person', text: 'x', at: at(1) });
      expect(await repo.deleteForConversation('conv-1')).toBe(1);
      expect(await repo.get('a')).toBeUndefined();
      expect(await repo.messages('a')).toEqual([]);
      expect(await repo.deleteOlderThan(at(50))).toBe(0);
      expect(await repo.deleteOlderThan(at(101))).toBe(1);
    });
  });
}

export function describeBookingClicksContract(name: string, create: () => BookingClickRepository): void {
  describe(`BookingClickRepository contract: ${name}`, () => {
    it('counts offers and clicks per service', async () => {
      const repo = create();
      await repo.recordOffer({ ref: 'ref-aaaaaaaa', serviceIds: ['mld-60', 'mld-90'], channel: 'webchat', at: at(0) });
      await repo.recordOffer({ ref: 'ref-bbbbbbbb', serviceIds: ['mld-60'], channel: 'msteams', at: at(10) });
      await repo.recordClick({ ref: 'ref-aaaaaaaa', serviceId: 'mld-60', at: at(1) });
      await repo.recordClick({ serviceId: 'facial-mld', at: at(11) });
      expect(await repo.conversions()).toEqual([
        { serviceId: 'facial-mld', offers: 0, clicks: 1 },
        { serviceId: 'mld-60', offers: 2, clicks: 1 },
        { serviceId: 'mld-90', offers: 1, clicks: 0 },
      ]);
      expect(await repo.conversions(at(5))).toEqual([
        { serviceId: 'facial-mld', offers: 0, clicks: 1 },
        { serviceId: 'mld-60', offers: 1, clicks: 0 },
      ]);
      expect(await repo.deleteOlderThan(at(5))).toBe(3);
    });
  });
}

export function describeAuditLogContract(name: string, create: () => AuditLog): void {
  describe(`AuditLog contract: ${name}`, () => {
    it('keeps staff actions, newest first, filterable by ticket', async () => {
      const log = create();
      await log.record({ at: at(0), actor: 'Ana', action: 'login', detail: { role: 'clinician' } });
      await log.record({ at: at(1), actor: 'Ana', action: 'ticket.claim', ticketId: 't1' });
      await log.record({ at: at(2), actor: 'api', action: 'ticket.reply', ticketId: 't2', detail: { length: 12 } });
      expect((await log.list()).map((e) => e.action)).toEqual(['ticket.reply', 'ticket.claim', 'login']);
      expect(await log.list({ ticketId: 't1' })).toEqual([
        expect.objectContaining({ actor: 'Ana', action: 'ticket.claim', ticketId: 't1', at: at(1) }),
      ]);
      expect((await log.list({ limit: 1 }))[0]).toMatchObject({ detail: { length: 12 } });
    });
  });
}
