import { hashPassword } from '../../../../src/staff/passwords';
import { MemoryScreeningRecords } from '../../../../src/storage/memory-screening-records';
import { MemoryStaffAccounts } from '../../../../src/storage/memory-staff-accounts';
import { EmulatorUser } from '../../../helpers/emulator-user';
import { LocalConnector } from '../../../helpers/local-connector';
import { type RunningApp, startTestApp } from '../../../helpers/test-app';
import { API_TOKEN, OPEN_NOW, openClock, StaffApi } from '../../../helpers/staff-api';

const PASSWORD = 'a long staff password';

/** A browser-like staff session: the cookie jar of one signed-in person. */
class Session {
  cookie = '';
  csrf = '';
  constructor(private readonly url: string) {}

  async login(name: string, password = PASSWORD, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${this.url}/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ name, password }),
    });
    if (response.ok) {
      this.cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
      this.csrf = ((await response.clone().json()) as { csrfToken: string }).csrfToken;
    }
    return response;
  }

  request(method: string, path: string, options: { body?: unknown; csrf?: string | null; origin?: string } = {}) {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const csrf = options.csrf === undefined ? this.csrf : options.csrf;
    if (csrf !== null) headers['x-csrf-token'] = csrf;
    if (options.origin) headers.origin = options.origin;
    return fetch(`${this.url}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  }
}

describe('the staff API and console sign-in', () => {
  const connector = new LocalConnector();
  let records: MemoryScreeningRecords;
  let running: RunningApp;
  let api: StaffApi;

  beforeAll(() => connector.start());
  afterAll(() => connector.stop());
  // A fresh app, accounts and records per test: no ticket, sign-in lock-out or session carries over.
  beforeEach(async () => {
    const staffAccounts = new MemoryStaffAccounts();
    records = new MemoryScreeningRecords();
    for (const [name, role] of [['clara', 'clinician'], ['frank', 'front_desk']] as const)
      await staffAccounts.add({ name, role, passwordHash: await hashPassword(PASSWORD), createdAt: OPEN_NOW });
    running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN }, overrides: { staffAccounts, screeningRecords: records } });
    api = new StaffApi(running.url);
  });
  afterEach(() => running.close());

  it('answers 401 without a token or session, and with a wrong token', async () => {
    expect((await fetch(`${running.url}/staff/api/tickets?status=open`)).status).toBe(401);
    expect((await new StaffApi(running.url, 'wrong-token').call('GET', '/staff/api/tickets?status=open')).status).toBe(401);
    const bad = await fetch(`${running.url}/staff/api/tickets`, { headers: { authorization: 'Basic abc' } });
    expect(bad.status).toBe(401);
    expect((await new StaffApi(running.url, API_TOKEN.slice(0, -1)).call('POST', '/staff/api/tickets/x/close')).status).toBe(401);
  });

  it('answers 404 for an unknown ticket, and 400 for a bad body or status', async () => {
    expect((await api.call('GET', '/staff/api/tickets/no-such-ticket')).status).toBe(404);
    expect((await api.call('POST', '/staff/api/tickets/no-such-ticket/claim', { staffName: 'Ana' })).status).toBe(404);
    expect((await api.call('POST', '/staff/api/tickets/no-such-ticket/close')).status).toBe(404);
    expect((await api.call('POST', '/staff/api/tickets/no-such-ticket/messages', { text: 'hi' })).status).toBe(404);
    expect((await api.call('POST', '/staff/api/tickets/no-such-ticket/messages', { text: '' })).status).toBe(400);
    expect((await api.call('POST', '/staff/api/tickets/x/claim', { staffName: 'Ana', admin: true })).status).toBe(400);
    expect((await api.call('GET', '/staff/api/tickets?status=deleted')).status).toBe(400);
  });

  it('signs in with an HttpOnly SameSite=Strict cookie and refuses state changes without the CSRF token', async () => {
    const session = new Session(running.url);
    const response = await session.login('frank');
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/staff/);

    const user = new EmulatorUser(running.url, connector);
    await user.say('talk to a human');
    const [ticket] = await api.openTickets();
    expect((await session.request('GET', '/staff/api/tickets?status=open')).status).toBe(200);
    expect((await session.request('POST', `/staff/api/tickets/${ticket.id}/claim`, { body: {}, csrf: null })).status).toBe(403);
    expect((await session.request('POST', `/staff/api/tickets/${ticket.id}/claim`, { body: {}, csrf: 'forged' })).status).toBe(403);
    expect(
      (await session.request('POST', `/staff/api/tickets/${ticket.id}/claim`, { body: {}, origin: 'https://evil.example' }))
        .status,
    ).toBe(403);
    const claimed = await session.request('POST', `/staff/api/tickets/${ticket.id}/claim`, { body: {}, origin: running.url });
    expect(claimed.status).toBe(200);
    expect(((await claimed.json()) as any).ticket.claimedBy).toBe('frank');
    // Claimed already: a second claim is a conflict.
    expect((await api.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Ana' })).status).toBe(409);
    await session.request('POST', `/staff/api/tickets/${ticket.id}/close`, { body: {} });

    expect((await session.request('POST', '/staff/logout', { body: {} })).status).toBe(200);
    expect((await session.request('GET', '/staff/api/me')).status).toBe(401);
  });

  it('keeps health details to clinicians, and referrals to them', async () => {
    const user = new EmulatorUser(running.url, connector);
    await records.recordOutcome({
      conversationId: user.conversationId,
      userId: user.userId,
      outcome: 'refer_specialist',
      allowedServices: ['clinical-lymphedema'],
      clinicianKind: 'lymphedema_therapist',
      firedRules: ['lymphedema_diagnosed'],
      rulesVersion: 'test',
      completedAt: OPEN_NOW,
    });
    await user.say('can a nurse chat with me');
    const front = new Session(running.url);
    await front.login('frank');
    const clinician = new Session(running.url);
    await clinician.login('clara');
    const [listed] = ((await (await front.request('GET', '/staff/api/tickets?status=open')).json()) as any).tickets;
    expect(listed).toMatchObject({ reason: 'screening_referral', needsClinician: true, claimable: false });

    const frontView = ((await (await front.request('GET', `/staff/api/tickets/${listed.id}`)).json()) as any).ticket;
    expect(frontView.screening).toBeUndefined();
    expect(frontView.excerpt).toEqual([]);
    expect((await front.request('POST', `/staff/api/tickets/${listed.id}/claim`, { body: {} })).status).toBe(403);

    const clinicianView = ((await (await clinician.request('GET', `/staff/api/tickets/${listed.id}`)).json()) as any).ticket;
    expect(clinicianView.screening).toMatchObject({ outcome: 'refer_specialist', clinicianKinds: ['lymphedema_therapist'] });
    expect(clinicianView.screening.reasons[0]).toMatch(/lymphedema/i);
    expect((await clinician.request('POST', `/staff/api/tickets/${listed.id}/claim`, { body: {} })).status).toBe(200);
    await clinician.request('POST', `/staff/api/tickets/${listed.id}/close`, { body: {} });
  });

  it('rate-limits failed sign-ins', async () => {
    const session = new Session(running.url);
    for (let i = 0; i < 5; i++) expect((await session.login('clara', 'wrong password')).status).toBe(401);
    const limited = await session.login('clara');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await session.login('nobody', 'x')).status).toBe(401);
  });

  it('refuses a sign-in posted from another site', async () => {
    const response = await new Session(running.url).login('frank', PASSWORD, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
  });
});
