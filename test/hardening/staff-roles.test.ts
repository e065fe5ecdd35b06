import { hashPassword } from '../../src/staff/passwords';
import { MemoryAuditLog } from '../../src/storage/memory-audit-log';
import { MemoryStaffAccounts } from '../../src/storage/memory-staff-accounts';
import { messages } from '../helpers/dialog-deps';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { answerAllOverHttp } from '../helpers/screening';
import { type RunningApp, startTestApp } from '../helpers/test-app';
import { OPEN_NOW, openClock } from '../helpers/staff-api';

const PASSWORD = 'a long staff password';
const WITHHELD = messages.text('staff_health_details_withheld');
const HEALTH_LINE = 'my left leg is swollen since my lymphedema surgery';

/** One signed-in console user: cookie and CSRF token. */
class Staff {
  private cookie = '';
  private csrf = '';
  constructor(
    private readonly url: string,
    readonly name: string,
  ) {}

  async login(): Promise<void> {
    const response = await fetch(`${this.url}/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: this.name, password: PASSWORD }),
    });
    expect(response.status).toBe(200);
    this.cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    this.csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  async call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  }
}

describe('staff roles over HTTP, on every staff route', () => {
  const connector = new LocalConnector();
  let audit: MemoryAuditLog;
  let running: RunningApp;
  let frank: Staff;
  let fiona: Staff;
  let clara: Staff;

  beforeAll(() => connector.start());
  afterAll(() => connector.stop());
  // A fresh app, accounts and audit log per test, everyone signed in: no ticket or audit line carries over.
  beforeEach(async () => {
    const accounts = new MemoryStaffAccounts();
    audit = new MemoryAuditLog();
    for (const [name, role] of [
      ['frank', 'front_desk'],
      ['fiona', 'front_desk'],
      ['clara', 'clinician'],
    ] as const)
      await accounts.add({ name, role, passwordHash: await hashPassword(PASSWORD), createdAt: OPEN_NOW });
    running = await startTestApp({ clock: openClock(), overrides: { staffAccounts: accounts, audit } });
    frank = new Staff(running.url, 'frank');
    fiona = new Staff(running.url, 'fiona');
    clara = new Staff(running.url, 'clara');
    for (const staff of [frank, fiona, clara]) await staff.login();
  });
  afterEach(() => running.close());

  async function liveTicket(): Promise<{ id: string; user: EmulatorUser }> {
    const user = new EmulatorUser(running.url, connector);
    await user.say(HEALTH_LINE);
    await user.say('can i talk to a real person please');
    const { body } = await frank.call('GET', '/staff/api/tickets?status=open');
    const ticket = body.tickets.find((t: { channel: string; claimedBy?: string }) => !t.claimedBy);
    return { id: ticket.id, user };
  }

  /** Frank claims a live ticket; the others may neither claim, reply nor close it; Frank replies and closes. */
  async function claimedTicketSteps(): Promise<void> {
    const { id } = await liveTicket();
    expect((await frank.call('POST', `/staff/api/tickets/${id}/claim`)).status).toBe(200);
    expect((await fiona.call('POST', `/staff/api/tickets/${id}/claim`)).status).toBe(409);
    expect((await fiona.call('POST', `/staff/api/tickets/${id}/messages`, { text: 'Hi' })).status).toBe(403);
    expect((await clara.call('POST', `/staff/api/tickets/${id}/messages`, { text: 'Hi' })).status).toBe(403);
    expect((await fiona.call('POST', `/staff/api/tickets/${id}/close`)).status).toBe(403);
    const ticket = (await frank.call('GET', `/staff/api/tickets/${id}`)).body.ticket;
    expect(ticket).toMatchObject({ status: 'claimed', claimedBy: 'frank', messages: [] });
    expect(
      (await frank.call('POST', `/staff/api/tickets/${id}/messages`, { text: 'Hi, Frank here' })).status,
    ).toBe(201);
    expect((await frank.call('POST', `/staff/api/tickets/${id}/close`)).status).toBe(200);
  }

  /** A referral for a clinician: front desk can do nothing with it; the clinician claims it. */
  async function clinicianReferralSteps(): Promise<void> {
    const user = new EmulatorUser(running.url, connector);
    await user.say('recommend me something');
    // Swelling, and a lymphedema diagnosis: a case for a lymphedema therapist (a clinician).
    const end = await answerAllOverHttp(user, await user.say('yes'), {
      swelling_any: 'yes',
      lymphedema: 'yes',
    });
    expect(end.at(-1)).toBe(messages.text('handoff_referral_offer'));
    expect(await user.say(messages.text('handoff_referral_accept'))).toEqual([
      messages.text('handoff_live_queued', { position: 1, minutes: 10 }),
    ]);
    const { body } = await clara.call('GET', '/staff/api/tickets?status=open');
    const referral = body.tickets.find((t: { needsClinician: boolean }) => t.needsClinician);
    expect(referral).toBeDefined();
    const id = referral.id as string;
    const front = (await frank.call('GET', `/staff/api/tickets/${id}`)).body.ticket;
    expect(front).toMatchObject({ claimable: false, excerpt: [], messages: [] });
    expect(front.screening).toBeUndefined();
    expect((await frank.call('POST', `/staff/api/tickets/${id}/claim`)).status).toBe(403);
    expect((await frank.call('POST', `/staff/api/tickets/${id}/close`)).status).toBe(403);
    expect((await clara.call('POST', `/staff/api/tickets/${id}/claim`)).status).toBe(200);
    expect((await frank.call('POST', `/staff/api/tickets/${id}/messages`, { text: 'Hi' })).status).toBe(403);
    expect((await clara.call('GET', `/staff/api/tickets/${id}`)).body.ticket.screening.outcome).toBe(
      'refer_specialist',
    );
  }

  it('shows front desk "health details — clinician only" for relayed health words; the clinician sees them', async () => {
    const { id, user } = await liveTicket();
    expect((await frank.call('POST', `/staff/api/tickets/${id}/claim`)).status).toBe(200);
    await user.say('and it hurts when I walk, my pain is bad');
    const front = (await frank.call('GET', `/staff/api/tickets/${id}`)).body.ticket;
    const frontTexts = [...front.excerpt, ...front.messages].map((line: { text: string }) => line.text);
    expect(frontTexts).toContain(WITHHELD);
    expect(JSON.stringify(front)).not.toMatch(/lymphedema|swollen|pain/);
    const clinician = (await clara.call('GET', `/staff/api/tickets/${id}`)).body.ticket;
    expect(JSON.stringify(clinician)).toContain(HEALTH_LINE);
    await frank.call('POST', `/staff/api/tickets/${id}/close`);
  });

  it('lets nobody reply on or close a ticket someone else claimed', () => claimedTicketSteps());

  it('keeps a clinician-only referral from front desk: no claim, reply or close, no note, no conversation', () =>
    clinicianReferralSteps());

  it('writes an audit line for every staff action, refusals included', async () => {
    await claimedTicketSteps();
    await clinicianReferralSteps();
    await frank.call('GET', '/staff/api/me');
    await frank.call('GET', '/staff/api/bookings');
    await fiona.call('POST', '/staff/logout');
    const actions = new Set(
      (await audit.list({ limit: 1000 })).map((entry) => `${entry.actor}:${entry.action}`),
    );
    for (const expected of [
      'frank:login',
      'frank:tickets.list',
      'frank:ticket.view',
      'frank:ticket.claim',
      'frank:ticket.reply',
      'frank:ticket.close',
      'frank:bookings.view',
      'fiona:ticket.reply.denied',
      'fiona:ticket.close.denied',
      'clara:ticket.reply.denied',
      'frank:ticket.claim.denied',
      'clara:ticket.claim',
      'fiona:logout',
    ])
      expect(actions).toContain(expected);
  });
});
