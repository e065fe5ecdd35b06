import path from 'node:path';
import { loadSpa } from '../../src/content/spa';
import { Messages } from '../../src/content/messages';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { REPO_ROOT, type RunningApp, startTestApp } from '../helpers/test-app';
import { API_TOKEN, StaffApi } from '../helpers/staff-api';

const knowledgeDir = path.join(REPO_ROOT, 'knowledge');
const messages = Messages.load(knowledgeDir, loadSpa(knowledgeDir));
// startTestApp's clock: 2026-11-24T10:00Z is Tuesday 02:00 in Los Angeles, before Willow opens at 09:00.
const opens = { day: 'Tuesday', date: 'November 24', time: '09:00', timeZone: 'America/Los_Angeles' };

describe('asking for a person out of hours: a call-back', () => {
  const connector = new LocalConnector();
  let running: RunningApp;
  let staff: StaffApi;
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());
  // A fresh app per test: each starts with no tickets, whatever another test left open.
  beforeEach(async () => {
    running = await startTestApp({ env: { STAFF_API_TOKEN: API_TOKEN } });
    staff = new StaffApi(running.url);
  });
  afterEach(() => running.close());

  it('offers a call-back at the next opening, asks consent first, and validates the details', async () => {
    const user = new EmulatorUser(running.url, connector);
    expect(await user.say('i want to speak to a person')).toEqual([messages.text('handoff_closed_now', opens)]);
    expect(await user.say('yes please')).toEqual([messages.text('handoff_callback_consent')]);
    expect(await user.say('yes')).toEqual([messages.text('handoff_callback_ask_name')]);
    expect(await user.say('<img src=x onerror=alert(1)>')).toEqual([messages.text('handoff_callback_name_invalid')]);
    expect(await user.say('Sam Lee')).toEqual([messages.text('handoff_callback_ask_contact')]);
    expect(await user.say('tomorrow morning')).toEqual([messages.text('handoff_callback_contact_invalid')]);
    expect(await user.say('sam@example')).toEqual([messages.text('handoff_callback_contact_invalid')]);
    expect(await user.say('+1 503 555 0199')).toEqual([
      messages.text('handoff_callback_done', { name: 'Sam Lee', ...opens }),
    ]);

    const [ticket] = await staff.openTickets();
    expect(ticket).toMatchObject({
      mode: 'callback',
      reason: 'asked_for_human',
      contact: { name: 'Sam Lee', phone: '+1 503 555 0199', consentAt: '2026-11-24T10:00:00.000Z' },
      dueBy: '2026-11-24T17:10:00.000Z',
    });
    expect(ticket.queuePosition).toBeUndefined();
    // The name and number the person typed are withheld from the transcript excerpt.
    const detail = await staff.ticket(ticket.id);
    const excerpt = JSON.stringify(detail.excerpt.filter((line: { from: string }) => line.from === 'person'));
    expect(excerpt).not.toContain('Sam Lee');
    expect(excerpt).not.toContain('555 0199');
    expect(excerpt).toContain('[withheld]');

    expect(await user.say('can someone call me')).toEqual([messages.text('handoff_already_callback', opens)]);
    await staff.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Ana' });
    await staff.call('POST', `/staff/api/tickets/${ticket.id}/close`);
  });

  it('stores nothing when the person does not consent', async () => {
    const user = new EmulatorUser(running.url, connector);
    await user.say('can i talk to someone');
    await user.say('yes');
    expect(await user.say('no')).toEqual([messages.text('handoff_callback_no_consent')]);
    expect(await staff.openTickets()).toEqual([]);
  });

  it('gives the phone number and hours when the person wants no call-back', async () => {
    const user = new EmulatorUser(running.url, connector);
    await user.say('human please');
    expect(await user.say('no')).toEqual([messages.text('handoff_callback_declined')]);
    expect(await staff.openTickets()).toEqual([]);
  });

  it('takes an e-mail address as well', async () => {
    const user = new EmulatorUser(running.url, connector);
    await user.say('real person please');
    await user.say('yes');
    await user.say('ok');
    await user.say("my name is Siobhán O'Neill");
    expect(await user.say('siobhan@example.com')).toEqual([
      messages.text('handoff_callback_done', { name: "Siobhán O'Neill", ...opens }),
    ]);
    expect((await staff.openTickets())[0].contact).toMatchObject({ email: 'siobhan@example.com' });
  });
});
