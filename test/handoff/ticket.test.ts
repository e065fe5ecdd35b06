import { isOverdue, openTicket, queuePosition, sweepPlan, type Ticket, transition } from '../../src/handoff/ticket';

const T0 = new Date('2026-11-24T18:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

function ticket(overrides: Partial<Parameters<typeof openTicket>[0]> = {}): Ticket {
  return openTicket({
    id: 't1',
    reason: 'asked_for_human',
    mode: 'live',
    conversationId: 'c1',
    channel: 'webchat',
    conversationReference: {},
    excerpt: [],
    now: T0,
    teamAvailableAt: T0,
    targetMinutes: 10,
    expireMinutes: 60,
    ...overrides,
  });
}

describe('ticket states', () => {
  it('open → claimed → closed, recording who and when, bumping the version', () => {
    const open = ticket();
    expect(open).toMatchObject({ status: 'open', version: 1, dueBy: minutes(10), expiresAt: minutes(60) });
    const claimed = transition(open, { type: 'claim', by: 'Ana', at: minutes(2) });
    expect(claimed).toMatchObject({ ok: true, ticket: { status: 'claimed', claimedBy: 'Ana', version: 2 } });
    if (!claimed.ok) throw new Error();
    const closed = transition(claimed.ticket, { type: 'close', by: 'Ana', at: minutes(9) });
    expect(closed).toMatchObject({ ok: true, ticket: { status: 'closed', closedBy: 'Ana', claimedBy: 'Ana', version: 3 } });
  });

  it.each([
    ['claim a claimed ticket', 'claimed', { type: 'claim', by: 'B', at: minutes(1) }, 'not_open'],
    ['close an open ticket', 'open', { type: 'close', by: 'B', at: minutes(1) }, 'not_claimed'],
    ['expire before its time', 'open', { type: 'expire', at: minutes(59) }, 'not_due'],
    ['expire a claimed ticket', 'claimed', { type: 'expire', at: minutes(61) }, 'not_open'],
    ['claim a closed ticket', 'closed', { type: 'claim', by: 'B', at: minutes(1) }, 'not_open'],
  ] as const)('refuses to %s', (_name, from, event, error) => {
    let t = ticket();
    if (from !== 'open') t = (transition(t, { type: 'claim', by: 'A', at: minutes(1) }) as { ticket: Ticket }).ticket;
    if (from === 'closed') t = (transition(t, { type: 'close', by: 'A', at: minutes(1) }) as { ticket: Ticket }).ticket;
    expect(transition(t, event)).toEqual({ ok: false, error, status: from });
  });

  it('expires an open live ticket nobody claimed; call-backs never expire', () => {
    expect(transition(ticket(), { type: 'expire', at: minutes(60) })).toMatchObject({ ok: true, ticket: { status: 'expired' } });
    const callback = ticket({ mode: 'callback', teamAvailableAt: minutes(600) });
    expect(callback.expiresAt).toBeUndefined();
    expect(callback.dueBy).toEqual(minutes(610));
    expect(transition(callback, { type: 'expire', at: minutes(100_000) })).toMatchObject({ ok: false, error: 'not_due' });
  });

  it('is overdue after its target time while open, and re-notified once', () => {
    const t = ticket();
    expect(isOverdue(t, minutes(9))).toBe(false);
    expect(isOverdue(t, minutes(10))).toBe(true);
    const notified = transition(t, { type: 'overdue_notified', at: minutes(11) });
    if (!notified.ok) throw new Error();
    expect(transition(notified.ticket, { type: 'overdue_notified', at: minutes(12) })).toMatchObject({ ok: false, error: 'already_notified' });
  });

  it('plans a sweep: expire what is past expiry, re-notify what is overdue', () => {
    const a = ticket({ id: 'a' });
    const b = ticket({ id: 'b', now: minutes(30), teamAvailableAt: minutes(30) });
    const c = ticket({ id: 'c', now: minutes(55), teamAvailableAt: minutes(55) });
    const plan = sweepPlan([a, b, c], minutes(61));
    expect(plan.expire.map((t) => t.id)).toEqual(['a']);
    expect(plan.renotify.map((t) => t.id)).toEqual(['b']);
  });

  it('counts the place in the live queue, oldest first, leaving call-backs out', () => {
    const a = ticket({ id: 'a' });
    const cb = ticket({ id: 'cb', mode: 'callback', now: minutes(1) });
    const b = ticket({ id: 'b', now: minutes(2) });
    const open = [a, cb, b];
    expect(queuePosition(a, open)).toBe(1);
    expect(queuePosition(b, open)).toBe(2);
    expect(queuePosition(cb, open)).toBeUndefined();
    const claimed = (transition(a, { type: 'claim', by: 'A', at: minutes(3) }) as { ticket: Ticket }).ticket;
    expect(queuePosition(b, [claimed, cb, b])).toBe(1);
  });

  it('marks referrals after screening as needing a clinician', () => {
    expect(ticket({ reason: 'screening_referral' }).needsClinician).toBe(true);
    expect(ticket({ reason: 'complaint' }).needsClinician).toBe(false);
  });
});
