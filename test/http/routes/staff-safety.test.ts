import path from 'node:path';
import { Messages } from '../../../src/content/messages';
import { loadSpa } from '../../../src/content/spa';
import { hashPassword } from '../../../src/staff/passwords';
import { loadRedFlagContent } from '../../../src/screening';
import { MemoryScreeningRecords } from '../../../src/storage/memory-screening-records';
import { MemoryStaffAccounts } from '../../../src/storage/memory-staff-accounts';
import { API_TOKEN, OPEN_NOW, openClock, StaffApi } from '../../helpers/staff-api';
import { EmulatorUser } from '../../helpers/emulator-user';
import { LocalConnector } from '../../helpers/local-connector';
import { REPO_ROOT, type RunningApp, startTestApp } from '../../helpers/test-app';

const knowledgeDir = path.join(REPO_ROOT, 'knowledge');
const spa = loadSpa(knowledgeDir);
const messages = Messages.load(knowledgeDir, spa);
const chestAdvice = loadRedFlagContent(knowledgeDir, spa).flags.find((f) => f.id === 'chest_or_breathing')!.advice;
const PASSWORD = 'a long staff password';

async function frontDeskSession(url: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'frank', password: PASSWORD }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

describe('urgent events in the staff console', () => {
  const connector = new LocalConnector();
  let running: RunningApp;
  beforeAll(async () => {
    await connector.start();
    const staffAccounts = new MemoryStaffAccounts();
    await staffAccounts.add({ name: 'frank', role: 'front_desk', passwordHash: await hashPassword(PASSWORD), createdAt: OPEN_NOW });
    running = await startTestApp({
      clock: openClock(),
      env: { STAFF_API_TOKEN: API_TOKEN },
      overrides: { staffAccounts, screeningRecords: new MemoryScreeningRecords() },
    });
  });
  afterAll(async () => {
    await running.close();
    await connector.stop();
  });

  it('lists every urgent answer without the message, and only a clinician lifts the hold', async () => {
    const staff = new StaffApi(running.url);
    const user = new EmulatorUser(running.url, connector);
    expect(await user.say('I have crushing chest pain')).toEqual([chestAdvice]);

    const listed = await staff.call('GET', '/staff/api/safety-events');
    expect(listed.status).toBe(200);
    expect(listed.body.events).toEqual([
      { conversationId: user.conversationId, flagId: 'chest_or_breathing', at: OPEN_NOW.toISOString(), channel: 'emulator', lifted: false },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain('crushing');

    expect((await user.say('recommend me something'))[0]).toBe(messages.text('gate_safety_hold_recent'));

    const frank = await frontDeskSession(running.url);
    const refused = await fetch(`${running.url}/staff/api/safety-events/${user.conversationId}/lift`, {
      method: 'POST',
      headers: { cookie: frank.cookie, 'x-csrf-token': frank.csrf },
    });
    expect(refused.status).toBe(403);
    expect((await user.say('recommend me something'))[0]).toBe(messages.text('gate_safety_hold_recent'));

    running.clock.advance(60_000);
    const lifted = await staff.call('POST', `/staff/api/safety-events/${user.conversationId}/lift`);
    expect(lifted.status).toBe(200);
    running.clock.advance(60_000);
    expect((await user.say('recommend me something'))[0]).toBe(messages.text('gate_no_screening'));
    const after = await staff.call('GET', '/staff/api/safety-events');
    expect(after.body.events[0]).toMatchObject({ conversationId: user.conversationId, flagId: 'hold_lifted', lifted: true });
  });

  it('refuses the list without signing in', async () => {
    expect((await fetch(`${running.url}/staff/api/safety-events`)).status).toBe(401);
  });
});
