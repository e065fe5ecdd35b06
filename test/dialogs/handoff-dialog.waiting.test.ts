import path from 'node:path';
import { Messages } from '../../src/content/messages';
import { loadSpa } from '../../src/content/spa';
import { EmulatorUser } from '../helpers/emulator-user';
import { LocalConnector } from '../helpers/local-connector';
import { REPO_ROOT, type RunningApp, startTestApp } from '../helpers/test-app';
import { API_TOKEN, openClock, StaffApi } from '../helpers/staff-api';

const knowledgeDir = path.join(REPO_ROOT, 'knowledge');
const messages = Messages.load(knowledgeDir, loadSpa(knowledgeDir));

describe('while a person waits for the team', () => {
  const connector = new LocalConnector();
  let running: RunningApp;
  beforeAll(() => connector.start());
  afterAll(() => connector.stop());
  // A fresh app per test: the queue starts empty, so "the open ticket" is this test's own.
  beforeEach(async () => {
    running = await startTestApp({ clock: openClock(), env: { STAFF_API_TOKEN: API_TOKEN } });
  });
  afterEach(() => running.close());

  it('keeps "hi, I had lipo 2 weeks ago…" for the team and says so, after the safety net for a symptom, instead of "Welcome back"', async () => {
    const staff = new StaffApi(running.url);
    const user = new EmulatorUser(running.url, connector);
    await user.say('can i talk to a real person please');
    const said = 'hi, I had lipo 2 weeks ago and my legs are still swollen';
    expect(await user.say(said)).toEqual([messages.text('safety_net'), messages.text('handoff_waiting_noted')]);
    const [ticket] = await staff.openTickets();
    const detail = await staff.ticket(ticket.id);
    expect(detail.messages.map((m: { from: string; text: string }) => [m.from, m.text])).toEqual([['person', said]]);
  });

  it('sends staff messages and notices as messages of their own, replying to nothing (Web Chat shows them at once)', async () => {
    const staff = new StaffApi(running.url);
    const user = new EmulatorUser(running.url, connector);
    await user.say('can i talk to a real person please');
    const ticket = (await staff.openTickets()).at(-1);
    await staff.call('POST', `/staff/api/tickets/${ticket.id}/claim`, { staffName: 'Ana' });
    await staff.call('POST', `/staff/api/tickets/${ticket.id}/typing`);
    await staff.call('POST', `/staff/api/tickets/${ticket.id}/messages`, { text: 'Hi, Ana here.' });
    const sent = connector.received.filter((r) => r.conversationId === user.conversationId).slice(-3);
    expect(sent.map((r) => r.activity.type)).toEqual(['message', 'typing', 'message']);
    expect(sent.map((r) => r.activity.replyToId)).toEqual([undefined, undefined, undefined]);
    expect(sent[2]!.activity.text).toBe(messages.text('handoff_staff_says', { name: 'Ana', text: 'Hi, Ana here.' }));
  });

  it('still answers a question while the person waits', async () => {
    const user = new EmulatorUser(running.url, connector);
    await user.say('can i talk to a real person please');
    const answer = await user.say('what is lymphatic drainage?');
    expect(answer.length).toBeGreaterThan(0);
    expect(answer).not.toContain(messages.text('handoff_waiting_noted'));
  });
});
